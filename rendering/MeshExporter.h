#pragma once
#include "rendering/StructureSurface.h"
#include "core/image/LabelTable.h"

#include <filesystem>
#include <vector>

namespace crossseg::rendering {

enum class MeshFormat { Stl, Obj, Vtp };

// Writes surfaces for other tools (3D printing, Blender, ParaView). Every file is written atomically.
class MeshExporter {
public:
    // From a file name's extension (.stl, .obj, .vtp); throws InputError for anything else.
    static MeshFormat formatOf(const std::filesystem::path& file);
    static const char* extension(MeshFormat format);

    static void write(vtkPolyData* mesh, const std::filesystem::path& file); // format from the extension

    // One file per structure in `folder`, named "<value>_<name>.<ext>"; returns the files written.
    static std::vector<std::filesystem::path> writeEach(const std::vector<StructureSurface>& surfaces,
                                                        const LabelTable& table,
                                                        const std::filesystem::path& folder, MeshFormat format);
    // All structures merged into one file.
    static void writeAll(const std::vector<StructureSurface>& surfaces, const std::filesystem::path& file);

    // "<value>_<name>" made safe for file systems.
    static std::string fileStem(int label, const LabelTable& table);
};

} // namespace crossseg::rendering
