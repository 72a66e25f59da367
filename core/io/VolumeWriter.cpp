#include "core/io/VolumeWriter.h"
#include "core/io/ItkImageIoRegistration.h"

#include "core/io/ItkImageBridge.h"
#include "core/io/VolumeFileFormat.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <itkImageFileWriter.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace crossseg {
namespace {

void requireWritable(const std::filesystem::path& file, const VolumeGeometry& geometry, std::size_t voxelCount) {
    const auto kind = VolumeFileFormat::of(file);
    if (kind == VolumeFileFormat::Kind::Unsupported || kind == VolumeFileFormat::Kind::DicomSeries)
        throw InputError(file, "cannot write format '" + VolumeFileFormat::extensionOf(file) +
                                   "' (CrossSeg writes .nii, .nii.gz, .mha, .mhd and .nrrd)");
    if (geometry.voxelCount() == 0) throw InputError(file, "refusing to write a zero-size volume");
    if (geometry.voxelCount() != voxelCount)
        throw InputError(file, "the volume holds " + std::to_string(voxelCount) + " voxels but its geometry says " +
                                   geometry.describe());
}

template <typename TPixel>
void writeWithItk(const typename itk::Image<TPixel, 3>::Pointer& image, const std::filesystem::path& file,
                  const std::filesystem::path& shownName) {
    registerItkImageIo();
    auto writer = itk::ImageFileWriter<itk::Image<TPixel, 3>>::New();
    writer->SetFileName(file.string());
    writer->SetInput(image);
    // .nii.gz compresses by its name; MetaImage and NRRD compress only when asked, and smaller files cost
    // little time at these sizes.
    writer->SetUseCompression(true);
    try {
        writer->Update();
    } catch (const itk::ExceptionObject& e) {
        throw InputError(shownName, std::string("cannot write: ") + e.GetDescription());
    }
}

// A .mhd header names its separate data file. ITK names that after the temporary header, so after writing, the
// data file is moved to its final name and the header is rewritten to point at it.
void relinkDetachedData(const std::filesystem::path& temporaryHeader, const std::filesystem::path& target) {
    std::ifstream in(temporaryHeader);
    std::ostringstream rewritten;
    std::string line;
    bool relinked = false;
    while (std::getline(in, line)) {
        const std::string key = "ElementDataFile = ";
        if (line.rfind(key, 0) == 0) {
            const std::filesystem::path dataFile = temporaryHeader.parent_path() / line.substr(key.size());
            std::string dataExtension = VolumeFileFormat::extensionOf(dataFile);
            const std::filesystem::path finalData =
                target.parent_path() / (target.stem().string() + dataExtension);
            std::filesystem::rename(dataFile, finalData);
            line = key + finalData.filename().string();
            relinked = true;
        }
        rewritten << line << '\n';
    }
    in.close();
    if (!relinked) throw InputError(target, "cannot write: the MetaImage header names no data file");
    std::ofstream out(temporaryHeader, std::ios::trunc);
    out << rewritten.str();
    if (!out) throw InputError(target, "cannot write the MetaImage header");
}

template <typename TPixel>
void writeAtomically(const typename itk::Image<TPixel, 3>::Pointer& image, const std::filesystem::path& file) {
    const bool detached = VolumeFileFormat::of(file) == VolumeFileFormat::Kind::MetaImageHeader;
    AtomicFile::write(file, [&](const std::filesystem::path& temporary) {
        writeWithItk<TPixel>(image, temporary, file);
        if (detached) relinkDetachedData(temporary, file);
    });
}

} // namespace

void VolumeWriter::writeImage(const ImageVolume& volume, const std::filesystem::path& file) {
    requireWritable(file, volume.geometry(), volume.voxels().size());
    writeAtomically<float>(ItkImageBridge::toItk<float>(volume), file);
    log::debug("wrote " + file.string());
}

void VolumeWriter::writeLabels(const LabelVolume& volume, const std::filesystem::path& file) {
    requireWritable(file, volume.geometry(), volume.voxels().size());
    const auto maxValue = *std::max_element(volume.voxels().begin(), volume.voxels().end());
    if (maxValue <= 255)
        writeAtomically<std::uint8_t>(ItkImageBridge::toItk<std::uint8_t>(volume), file);
    else
        writeAtomically<std::uint16_t>(ItkImageBridge::toItk<std::uint16_t>(volume), file);
    log::debug("wrote labels " + file.string());
}

} // namespace crossseg
