#include "core/io/ItkImageLoader.h"

#include "core/io/ItkImageBridge.h"
#include "core/io/ItkImageIoRegistration.h"
#include "core/io/VolumeFileFormat.h"
#include "core/io/VolumeFileIntegrity.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImageFileReader.h>
#include <itkImageIOFactory.h>
#include <itkImageSeriesReader.h>

#include <map>

namespace crossseg {
namespace {

using FloatImage = ItkImageLoader::FloatImage;

// ITK's descriptions carry the source location on separate lines; the user needs only the reason.
std::string reasonOf(const itk::ExceptionObject& e) {
    std::string text = e.GetDescription();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    for (auto& c : text)
        if (c == '\n') c = ' ';
    return text;
}

std::string componentName(const itk::ImageIOBase& io) {
    static const std::map<std::string, std::string> names{
        {"unsigned_char", "uint8"},   {"char", "int8"},           {"unsigned_short", "uint16"},
        {"short", "int16"},           {"unsigned_int", "uint32"}, {"int", "int32"},
        {"unsigned_long", "uint64"},  {"long", "int64"},          {"unsigned_long_long", "uint64"},
        {"long_long", "int64"},       {"float", "float"},         {"double", "double"}};
    const std::string itkName = itk::ImageIOBase::GetComponentTypeAsString(io.GetComponentType());
    const auto it = names.find(itkName);
    return it == names.end() ? itkName : it->second;
}

void requireUsablePath(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw InputError(path, "the file does not exist");
    if (VolumeFileFormat::of(path) == VolumeFileFormat::Kind::Unsupported)
        throw InputError(path, "unsupported format '" + VolumeFileFormat::extensionOf(path) +
                                   "' (CrossSeg reads " + VolumeFileFormat::supportedList() + ")");
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0)
        throw InputError(path, "the file is empty (0 bytes)");
}

// The checks every header must pass, whatever the format: one component, at most 3 non-trivial axes, no empty axis.
void requireUsableHeader(const std::filesystem::path& path, const itk::ImageIOBase& io) {
    if (io.GetNumberOfComponents() != 1)
        throw InputError(path, "multi-component images are not supported (" +
                                   std::to_string(io.GetNumberOfComponents()) + " components per voxel)");
    const unsigned dimensions = io.GetNumberOfDimensions();
    for (unsigned a = 0; a < dimensions; ++a) {
        if (io.GetDimensions(a) == 0) throw InputError(path, "zero-size volume (axis " + std::to_string(a) + " is empty)");
        if (a >= 3 && io.GetDimensions(a) > 1)
            throw InputError(path, "4D images (time series) are not supported: axis " + std::to_string(a) + " has " +
                                       std::to_string(io.GetDimensions(a)) + " entries");
    }
    if (dimensions < 2) throw InputError(path, "not a 2D or 3D image (" + std::to_string(dimensions) + " dimension)");
}

itk::ImageIOBase::Pointer openFileHeader(const std::filesystem::path& path) {
    registerItkImageIo();
    itk::ImageIOBase::Pointer io =
        itk::ImageIOFactory::CreateImageIO(path.c_str(), itk::ImageIOFactory::FileModeEnum::ReadMode);
    if (!io)
        throw InputError(path, "not a readable " + VolumeFileFormat::name(VolumeFileFormat::of(path)) +
                                   " file (corrupt or truncated header)");
    io->SetFileName(path.string());
    try {
        io->ReadImageInformation();
    } catch (const itk::ExceptionObject& e) {
        throw InputError(path, "corrupt header: " + reasonOf(e));
    }
    requireUsableHeader(path, *io);
    return io;
}

std::vector<std::string> dicomSeriesFiles(const std::filesystem::path& folder) {
    auto names = itk::GDCMSeriesFileNames::New();
    names->SetUseSeriesDetails(true);
    names->SetDirectory(folder.string());
    const auto& seriesIds = names->GetSeriesUIDs();
    if (seriesIds.empty()) {
        std::error_code ec;
        if (std::filesystem::is_empty(folder, ec)) throw InputError(folder, "the folder is empty");
        throw InputError(folder, "the folder holds no DICOM series");
    }
    if (seriesIds.size() > 1)
        log::warn(folder.string() + ": " + std::to_string(seriesIds.size()) +
                  " DICOM series found; reading the first (" + seriesIds.front() + ")");
    return names->GetFileNames(seriesIds.front());
}

using SeriesReader = itk::ImageSeriesReader<FloatImage>;

SeriesReader::Pointer dicomReader(const std::filesystem::path& folder, itk::GDCMImageIO::Pointer& io) {
    io = itk::GDCMImageIO::New();
    auto reader = SeriesReader::New();
    reader->SetImageIO(io);
    reader->SetFileNames(dicomSeriesFiles(folder));
    return reader;
}

} // namespace

VolumeReader::Header ItkImageLoader::readHeader(const std::filesystem::path& path) {
    requireUsablePath(path);
    VolumeReader::Header header;
    if (VolumeFileFormat::of(path) == VolumeFileFormat::Kind::DicomSeries) {
        itk::GDCMImageIO::Pointer io;
        auto reader = dicomReader(path, io);
        try {
            reader->UpdateOutputInformation();
        } catch (const itk::ExceptionObject& e) {
            throw InputError(path, "unreadable DICOM series: " + reasonOf(e));
        }
        requireUsableHeader(path, *io);
        header.geometry = ItkImageBridge::geometryOf(*reader->GetOutput());
        header.componentType = componentName(*io);
        header.components = io->GetNumberOfComponents();
        return header;
    }
    const auto io = openFileHeader(path);
    auto reader = itk::ImageFileReader<FloatImage>::New();
    reader->SetFileName(path.string());
    reader->SetImageIO(io);
    try {
        reader->UpdateOutputInformation();
    } catch (const itk::ExceptionObject& e) {
        throw InputError(path, "corrupt header: " + reasonOf(e));
    }
    header.geometry = ItkImageBridge::geometryOf(*reader->GetOutput());
    header.componentType = componentName(*io);
    header.components = io->GetNumberOfComponents();
    return header;
}

ItkImageLoader::FloatImage::Pointer ItkImageLoader::readVoxels(const std::filesystem::path& path) {
    registerItkImageIo();
    requireUsablePath(path);
    FloatImage::Pointer image;
    if (VolumeFileFormat::of(path) == VolumeFileFormat::Kind::DicomSeries) {
        itk::GDCMImageIO::Pointer io;
        auto reader = dicomReader(path, io);
        try {
            reader->Update();
        } catch (const itk::ExceptionObject& e) {
            throw InputError(path, "unreadable DICOM series: " + reasonOf(e));
        }
        requireUsableHeader(path, *io);
        image = reader->GetOutput();
    } else {
        const auto io = openFileHeader(path);
        const auto kind = VolumeFileFormat::of(path);
        if (kind == VolumeFileFormat::Kind::Nifti) VolumeFileIntegrity::checkNifti(path);
        if (kind == VolumeFileFormat::Kind::MetaImage || kind == VolumeFileFormat::Kind::MetaImageHeader)
            VolumeFileIntegrity::checkMetaImage(path, io->GetImageSizeInBytes());
        auto reader = itk::ImageFileReader<FloatImage>::New();
        reader->SetFileName(path.string());
        reader->SetImageIO(io);
        try {
            reader->Update();
        } catch (const itk::ExceptionObject& e) {
            throw InputError(path, "corrupt or truncated voxel data: " + reasonOf(e));
        }
        image = reader->GetOutput();
    }
    const auto size = image->GetLargestPossibleRegion().GetSize();
    if (size[0] * size[1] * size[2] == 0) throw InputError(path, "zero-size volume");
    return image;
}

} // namespace crossseg
