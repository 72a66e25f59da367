#include "rendering/MeshExporter.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <vtkAppendPolyData.h>
#include <vtkOBJWriter.h>
#include <vtkSTLWriter.h>
#include <vtkXMLPolyDataWriter.h>

#include <algorithm>
#include <cctype>

namespace crossseg::rendering {

MeshFormat MeshExporter::formatOf(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".stl") return MeshFormat::Stl;
    if (ext == ".obj") return MeshFormat::Obj;
    if (ext == ".vtp") return MeshFormat::Vtp;
    throw InputError(file, "unknown mesh format '" + ext + "' (use .stl, .obj or .vtp)");
}

const char* MeshExporter::extension(MeshFormat format) {
    switch (format) {
    case MeshFormat::Stl: return ".stl";
    case MeshFormat::Obj: return ".obj";
    case MeshFormat::Vtp: return ".vtp";
    }
    return "";
}

void MeshExporter::write(vtkPolyData* mesh, const std::filesystem::path& file) {
    const MeshFormat format = formatOf(file);
    AtomicFile::write(file, [&](const std::filesystem::path& temporary) {
        int ok = 0;
        if (format == MeshFormat::Stl) {
            auto writer = vtkSmartPointer<vtkSTLWriter>::New();
            writer->SetInputData(mesh);
            writer->SetFileName(temporary.string().c_str());
            writer->SetFileTypeToBinary();
            ok = writer->Write();
        } else if (format == MeshFormat::Obj) {
            auto writer = vtkSmartPointer<vtkOBJWriter>::New();
            writer->SetInputData(mesh);
            writer->SetFileName(temporary.string().c_str());
            ok = writer->Write();
        } else {
            auto writer = vtkSmartPointer<vtkXMLPolyDataWriter>::New();
            writer->SetInputData(mesh);
            writer->SetFileName(temporary.string().c_str());
            writer->SetDataModeToBinary();
            ok = writer->Write();
        }
        if (ok != 1) throw InputError(file, "VTK could not write the mesh (disk full or no permission?)");
    });
}

std::string MeshExporter::fileStem(int label, const LabelTable& table) {
    std::string name;
    if (const auto* d = table.find(label)) name = d->name;
    std::string safe;
    for (unsigned char c : name) safe += (std::isalnum(c) || c == '-' || c == '_') ? static_cast<char>(c) : '_';
    return std::to_string(label) + (safe.empty() ? "" : "_" + safe);
}

std::vector<std::filesystem::path> MeshExporter::writeEach(const std::vector<StructureSurface>& surfaces,
                                                           const LabelTable& table,
                                                           const std::filesystem::path& folder,
                                                           MeshFormat format) {
    std::filesystem::create_directories(folder);
    std::vector<std::filesystem::path> written;
    for (const auto& s : surfaces) {
        if (!s.mesh) continue;
        const auto file = folder / (fileStem(s.label, table) + extension(format));
        write(s.mesh, file);
        written.push_back(file);
    }
    log::info("exported " + std::to_string(written.size()) + " surfaces to " + folder.string());
    return written;
}

void MeshExporter::writeAll(const std::vector<StructureSurface>& surfaces, const std::filesystem::path& file) {
    auto append = vtkSmartPointer<vtkAppendPolyData>::New();
    for (const auto& s : surfaces)
        if (s.mesh) append->AddInputData(s.mesh);
    if (append->GetNumberOfInputConnections(0) == 0) throw InputError(file, "there are no surfaces to export");
    append->Update();
    write(append->GetOutput(), file);
    log::info("exported " + std::to_string(surfaces.size()) + " surfaces to " + file.string());
}

} // namespace crossseg::rendering
