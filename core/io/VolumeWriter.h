#pragma once
#include "core/image/Volume.h"

#include <filesystem>

namespace crossseg {

// Writes NIfTI (.nii, .nii.gz) and MetaImage (.mha, .mhd) through ITK, atomically (AtomicFile): a failed write
// leaves the previous file untouched. Labels are written as uint16 (or uint8 when every value fits).
class VolumeWriter {
public:
    static void writeImage(const ImageVolume& volume, const std::filesystem::path& file);
    static void writeLabels(const LabelVolume& volume, const std::filesystem::path& file);
};

} // namespace crossseg
