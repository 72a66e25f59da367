#pragma once
#include <filesystem>
#include <string>

namespace crossseg {

// Which on-disk format a path holds, decided by its (possibly double) extension, or a folder for DICOM series.
// The extension decides because ITK's readers also choose by extension, and a clear "unsupported format" error
// beats ITK guessing at a file it was never meant to read.
class VolumeFileFormat {
public:
    enum class Kind { Nifti, MetaImage, MetaImageHeader, Nrrd, DicomSeries, Unsupported };

    static Kind of(const std::filesystem::path& path);
    // Lower-case extension including a trailing ".gz": "x.nii.gz" -> ".nii.gz", "x.MHA" -> ".mha".
    static std::string extensionOf(const std::filesystem::path& path);
    static std::string name(Kind kind);
    static std::string supportedList(); // for error messages
};

} // namespace crossseg
