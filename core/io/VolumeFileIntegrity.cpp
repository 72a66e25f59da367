#include "core/io/VolumeFileIntegrity.h"

#include "core/util/InputError.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace crossseg {
namespace {

// gzopen reads plain files transparently, so one reader serves .nii and .nii.gz alike.
class GzipStream {
public:
    explicit GzipStream(const std::filesystem::path& file) : file_(file), handle_(gzopen(file.c_str(), "rb")) {
        if (!handle_) throw InputError(file, "cannot open the file for reading");
        gzbuffer(handle_, 1 << 18);
    }
    ~GzipStream() {
        if (handle_) gzclose(handle_);
    }
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;

    // Reads up to `size` bytes; returns how many arrived (fewer only at the end of the stream).
    std::size_t read(void* buffer, std::size_t size) {
        const int got = gzread(handle_, buffer, static_cast<unsigned>(size));
        if (got < 0) {
            int code = 0;
            const char* message = gzerror(handle_, &code);
            throw InputError(file_, std::string("corrupt or truncated compressed data (") + message + ")");
        }
        return static_cast<std::size_t>(got);
    }

private:
    std::filesystem::path file_;
    gzFile handle_;
};

template <typename T>
T fieldAt(const unsigned char* header, std::size_t offset, bool swapped) {
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, header + offset, sizeof(T));
    if (swapped)
        for (std::size_t b = 0; b < sizeof(T) / 2; ++b) std::swap(bytes[b], bytes[sizeof(T) - 1 - b]);
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return value;
}

template <typename T>
std::uint64_t countNonFinite(const unsigned char* data, std::size_t bytes, bool swapped) {
    std::uint64_t bad = 0;
    for (std::size_t offset = 0; offset + sizeof(T) <= bytes; offset += sizeof(T))
        if (!std::isfinite(fieldAt<T>(data, offset, swapped))) ++bad;
    return bad;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

} // namespace

void VolumeFileIntegrity::checkNifti(const std::filesystem::path& file) {
    GzipStream stream(file);
    unsigned char header[540] = {};
    std::size_t headerBytes = stream.read(header, 348);
    if (headerBytes < 348) throw InputError(file, "truncated NIfTI header");
    const auto size = fieldAt<std::int32_t>(header, 0, false);
    const auto swappedSize = fieldAt<std::int32_t>(header, 0, true);
    if (size != 348 && size != 540 && swappedSize != 348 && swappedSize != 540)
        throw InputError(file, "not a NIfTI header (sizeof_hdr is " + std::to_string(size) + ")");
    const bool nifti2 = size == 540 || swappedSize == 540;
    const bool swapped = size != 348 && size != 540;
    if (nifti2) {
        headerBytes += stream.read(header + 348, 540 - 348);
        if (headerBytes < 540) throw InputError(file, "truncated NIfTI-2 header");
    }
    const int datatype = nifti2 ? fieldAt<std::int16_t>(header, 12, swapped) : fieldAt<std::int16_t>(header, 70, swapped);
    const double rawOffset = nifti2 ? static_cast<double>(fieldAt<std::int64_t>(header, 168, swapped))
                                    : static_cast<double>(fieldAt<float>(header, 108, swapped));
    // The voxel byte count comes from the header itself: ITK reports the type after scl_slope rescaling, not the
    // type stored on disk.
    const int bitsPerVoxel = nifti2 ? fieldAt<std::int16_t>(header, 14, swapped) : fieldAt<std::int16_t>(header, 72, swapped);
    const int dimensions = nifti2 ? static_cast<int>(fieldAt<std::int64_t>(header, 16, swapped))
                                  : fieldAt<std::int16_t>(header, 40, swapped);
    if (dimensions < 1 || dimensions > 7 || bitsPerVoxel <= 0 || bitsPerVoxel % 8 != 0)
        throw InputError(file, "corrupt NIfTI header (dim[0] " + std::to_string(dimensions) + ", bitpix " +
                                   std::to_string(bitsPerVoxel) + ")");
    std::uint64_t expectedVoxelBytes = static_cast<std::uint64_t>(bitsPerVoxel / 8);
    for (int d = 1; d <= dimensions; ++d) {
        const std::int64_t extent = nifti2 ? fieldAt<std::int64_t>(header, 16 + 8 * d, swapped)
                                           : fieldAt<std::int16_t>(header, 40 + 2 * d, swapped);
        if (extent <= 0) throw InputError(file, "zero-size volume (axis " + std::to_string(d - 1) + " is empty)");
        expectedVoxelBytes *= static_cast<std::uint64_t>(extent);
    }
    const std::uint64_t voxelOffset = static_cast<std::uint64_t>(std::max<double>(rawOffset, nifti2 ? 544.0 : 352.0));

    // Skip the extensions between the header and the voxels, then walk the voxels in chunks whose size is a
    // multiple of 8, so that float and double values never straddle two chunks.
    std::vector<unsigned char> chunk(1 << 20);
    std::uint64_t toSkip = voxelOffset - headerBytes;
    while (toSkip > 0) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(toSkip, chunk.size()));
        const std::size_t got = stream.read(chunk.data(), want);
        if (got == 0) throw InputError(file, "truncated: the file ends before its voxel data starts");
        toSkip -= got;
    }
    const bool isFloat = datatype == 16;
    const bool isDouble = datatype == 64;
    std::uint64_t seen = 0;
    std::uint64_t nonFinite = 0;
    while (seen < expectedVoxelBytes) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), expectedVoxelBytes - seen));
        const std::size_t got = stream.read(chunk.data(), want);
        if (got == 0) break;
        if (isFloat) nonFinite += countNonFinite<float>(chunk.data(), got, swapped);
        if (isDouble) nonFinite += countNonFinite<double>(chunk.data(), got, swapped);
        seen += got;
    }
    if (seen < expectedVoxelBytes)
        throw InputError(file, "truncated: holds " + std::to_string(seen) + " of the " +
                                   std::to_string(expectedVoxelBytes) + " bytes of voxel data its header announces");
    if (nonFinite > 0)
        throw InputError(file, std::to_string(nonFinite) + " voxels hold NaN or Inf intensities");
}

void VolumeFileIntegrity::checkMetaImage(const std::filesystem::path& file, std::uint64_t expectedVoxelBytes) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot open the file for reading");
    std::map<std::string, std::string> fields;
    std::string line;
    bool foundData = false;
    while (std::getline(in, line)) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) continue;
        const std::string key = trim(line.substr(0, equals));
        fields[key] = trim(line.substr(equals + 1));
        if (key == "ElementDataFile") {
            foundData = true;
            break;
        }
    }
    if (!foundData) throw InputError(file, "corrupt MetaImage header: no ElementDataFile");
    const std::string dataName = fields["ElementDataFile"];
    std::uint64_t available = 0;
    if (dataName == "LOCAL") {
        const auto dataStart = static_cast<std::uint64_t>(in.tellg());
        available = std::filesystem::file_size(file) - dataStart;
    } else if (dataName.rfind("LIST", 0) == 0 || dataName.find('%') != std::string::npos) {
        return; // multi-file layouts: ITK checks those itself
    } else {
        const std::filesystem::path dataFile = file.parent_path() / dataName;
        std::error_code ec;
        available = std::filesystem::file_size(dataFile, ec);
        if (ec) throw InputError(file, "its data file " + dataFile.string() + " is missing");
    }
    const bool compressed = fields["CompressedData"] == "True" || fields["CompressedData"] == "true";
    std::uint64_t expected = expectedVoxelBytes;
    if (compressed) {
        const auto it = fields.find("CompressedDataSize");
        if (it == fields.end()) return; // size unknown before inflating: leave it to ITK
        try {
            expected = std::stoull(it->second);
        } catch (const std::exception&) {
            throw InputError(file, "corrupt MetaImage header: CompressedDataSize is '" + it->second + "'");
        }
    }
    if (available < expected)
        throw InputError(file, "truncated: holds " + std::to_string(available) + " of the " + std::to_string(expected) +
                                   " bytes of voxel data its header announces");
}

} // namespace crossseg
