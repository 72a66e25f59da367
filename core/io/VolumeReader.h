#pragma once
#include "core/image/Volume.h"

#include <filesystem>
#include <string>

namespace crossseg {

// Reads NIfTI (.nii, .nii.gz), MetaImage (.mha, .mhd), NRRD (.nrrd, .nhdr) files and DICOM series folders
// through ITK, keeping spacing, origin and direction exactly as stored (no reorientation here: see Reorienter).
// Every failure (missing, corrupt, truncated, unsupported, zero-size, NaN/Inf intensities) throws InputError
// naming the file and the cause.
class VolumeReader {
public:
    struct Header {
        VolumeGeometry geometry;
        std::string componentType; // "uint8", "int16", "float", ...
        unsigned components = 1;
    };

    static ImageVolume readImage(const std::filesystem::path& file);
    // Label files: integer voxel values (MM-WHS codes up to 850) as stored, no mapping.
    static LabelVolume readLabels(const std::filesystem::path& file);
    static Header readHeader(const std::filesystem::path& file);
    static bool isSupportedPath(const std::filesystem::path& file); // by extension, or a folder of DICOM files
};

} // namespace crossseg
