#pragma once
#include <cstdint>
#include <filesystem>

namespace crossseg {

// Checks that ITK's readers do not make: ITK's NIfTI and MetaImage readers return a zero-filled volume for a
// truncated file or a cut-off gzip stream, and NIfTI's library silently turns NaN/Inf floats into 0. So before
// ITK reads the voxels, this streams through the stored data once and throws InputError (naming the file) when
// it is shorter than the header promises, when its compression is corrupt, or when NIfTI floats are not finite.
class VolumeFileIntegrity {
public:
    static void checkNifti(const std::filesystem::path& file);
    // expectedVoxelBytes: what the header says the voxel data takes (ImageIOBase::GetImageSizeInBytes()).
    static void checkMetaImage(const std::filesystem::path& file, std::uint64_t expectedVoxelBytes);
};

} // namespace crossseg
