#include "core/io/VolumeReader.h"

#include "core/io/ItkImageBridge.h"
#include "core/io/ItkImageLoader.h"
#include "core/io/VolumeFileFormat.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace crossseg {
namespace {

std::string voxelName(const VolumeGeometry& g, std::size_t linear) {
    const std::size_t i = linear % g.size[0];
    const std::size_t j = (linear / g.size[0]) % g.size[1];
    const std::size_t k = linear / (g.size[0] * g.size[1]);
    return "(" + std::to_string(i) + ", " + std::to_string(j) + ", " + std::to_string(k) + ")";
}

// NaN or Inf would silently poison normalisation and training; better to stop at the file that holds them.
void requireFiniteIntensities(const std::filesystem::path& file, const ImageVolume& volume) {
    std::size_t bad = 0;
    std::size_t first = 0;
    const auto& v = volume.voxels();
    for (std::size_t n = 0; n < v.size(); ++n) {
        if (!std::isfinite(v[n])) {
            if (bad++ == 0) first = n;
        }
    }
    if (bad > 0)
        throw InputError(file, std::to_string(bad) + " voxels hold NaN or Inf intensities (first at voxel " +
                                   voxelName(volume.geometry(), first) + ")");
}

} // namespace

ImageVolume VolumeReader::readImage(const std::filesystem::path& file) {
    const auto image = ItkImageLoader::readVoxels(file);
    ImageVolume volume = ItkImageBridge::toVolume<float>(*image);
    requireFiniteIntensities(file, volume);
    log::debug("read " + file.string() + ": " + volume.geometry().describe());
    return volume;
}

LabelVolume VolumeReader::readLabels(const std::filesystem::path& file) {
    const auto image = ItkImageLoader::readVoxels(file);
    const float* source = image->GetBufferPointer();
    LabelVolume volume(ItkImageBridge::geometryOf(*image));
    auto& out = volume.voxels();
    constexpr float kMaxLabel = static_cast<float>(std::numeric_limits<LabelVolume::ValueType>::max());
    for (std::size_t n = 0; n < out.size(); ++n) {
        const float v = source[n];
        if (!(v >= 0.0f && v <= kMaxLabel) || v != std::floor(v))
            throw InputError(file, "not a label volume: voxel " + voxelName(volume.geometry(), n) + " holds " +
                                       std::to_string(v) + " (labels must be whole numbers 0..65535)");
        out[n] = static_cast<LabelVolume::ValueType>(v);
    }
    log::debug("read labels " + file.string() + ": " + volume.geometry().describe());
    return volume;
}

VolumeReader::Header VolumeReader::readHeader(const std::filesystem::path& file) {
    return ItkImageLoader::readHeader(file);
}

bool VolumeReader::isSupportedPath(const std::filesystem::path& file) {
    const auto kind = VolumeFileFormat::of(file);
    if (kind == VolumeFileFormat::Kind::Unsupported) return false;
    if (kind != VolumeFileFormat::Kind::DicomSeries) return true;
    // A folder counts when it holds at least one file that looks like DICOM (the "DICM" marker at byte 128, or
    // the .dcm extension); reading the series properly is left to readImage.
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(file, ec)) {
        if (!entry.is_regular_file()) continue;
        if (VolumeFileFormat::extensionOf(entry.path()) == ".dcm") return true;
        std::FILE* f = std::fopen(entry.path().c_str(), "rb");
        if (!f) continue;
        char marker[4] = {0, 0, 0, 0};
        const bool isDicom = std::fseek(f, 128, SEEK_SET) == 0 && std::fread(marker, 1, 4, f) == 4 &&
                             marker[0] == 'D' && marker[1] == 'I' && marker[2] == 'C' && marker[3] == 'M';
        std::fclose(f);
        if (isDicom) return true;
    }
    return false;
}

} // namespace crossseg
