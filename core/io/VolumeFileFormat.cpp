#include "core/io/VolumeFileFormat.h"

#include <algorithm>
#include <cctype>

namespace crossseg {

std::string VolumeFileFormat::extensionOf(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto lastDot = name.rfind('.');
    if (lastDot == std::string::npos || lastDot == 0) return {};
    std::string extension = name.substr(lastDot);
    if (extension == ".gz") {
        const auto previousDot = name.rfind('.', lastDot - 1);
        if (previousDot != std::string::npos && previousDot != 0) extension = name.substr(previousDot);
    }
    return extension;
}

VolumeFileFormat::Kind VolumeFileFormat::of(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Kind::DicomSeries;
    const std::string extension = extensionOf(path);
    if (extension == ".nii" || extension == ".nii.gz") return Kind::Nifti;
    if (extension == ".mha") return Kind::MetaImage;
    if (extension == ".mhd") return Kind::MetaImageHeader;
    if (extension == ".nrrd" || extension == ".nhdr") return Kind::Nrrd;
    return Kind::Unsupported;
}

std::string VolumeFileFormat::name(Kind kind) {
    switch (kind) {
    case Kind::Nifti: return "NIfTI";
    case Kind::MetaImage: return "MetaImage";
    case Kind::MetaImageHeader: return "MetaImage (detached header)";
    case Kind::Nrrd: return "NRRD";
    case Kind::DicomSeries: return "DICOM series";
    case Kind::Unsupported: break;
    }
    return "unsupported";
}

std::string VolumeFileFormat::supportedList() {
    return ".nii, .nii.gz, .mha, .mhd, .nrrd, .nhdr or a folder holding one DICOM series";
}

} // namespace crossseg
