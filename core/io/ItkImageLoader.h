#pragma once
// Reads one image (a file or a DICOM series folder) into an itk::Image<float, 3>, turning every ITK failure and
// every unusable input into an InputError that names the file and the cause.
#include "core/io/VolumeReader.h"

#include <itkImage.h>

#include <filesystem>

namespace crossseg {

class ItkImageLoader {
public:
    using FloatImage = itk::Image<float, 3>;

    // Header only: geometry, component type and count. Checks existence, format, size and components.
    static VolumeReader::Header readHeader(const std::filesystem::path& path);
    // Header checks plus the voxels, converted to float (exact for every integer type up to 24 bits).
    static FloatImage::Pointer readVoxels(const std::filesystem::path& path);
};

} // namespace crossseg
