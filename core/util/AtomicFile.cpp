#include "core/util/AtomicFile.h"

#include "core/util/InputError.h"

#include <atomic>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace crossseg {

std::filesystem::path AtomicFile::temporaryPathFor(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    const std::string name = target.filename().string();
    // Keep the full (possibly double) extension at the end: "x.nii.gz" -> ".x.tmp-<pid>-<n>.nii.gz".
    const auto dot = name.find('.', 1);
    const std::string stem = dot == std::string::npos ? name : name.substr(0, dot);
    const std::string extension = dot == std::string::npos ? "" : name.substr(dot);
    const std::string temporary = "." + stem + ".tmp-" + std::to_string(::getpid()) + "-" +
                                  std::to_string(counter.fetch_add(1)) + extension;
    return target.parent_path() / temporary;
}

void AtomicFile::write(const std::filesystem::path& target,
                       const std::function<void(const std::filesystem::path&)>& writeTo) {
    if (!target.parent_path().empty()) {
        std::error_code ec;
        std::filesystem::create_directories(target.parent_path(), ec);
        if (ec) throw InputError(target, "cannot create folder " + target.parent_path().string() + ": " + ec.message());
    }
    const std::filesystem::path temporary = temporaryPathFor(target);
    try {
        writeTo(temporary);
        if (!std::filesystem::exists(temporary)) throw InputError(target, "the writer produced no file");
        std::filesystem::rename(temporary, target);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

void AtomicFile::writeBytes(const std::filesystem::path& target, const void* data, std::size_t size) {
    write(target, [&](const std::filesystem::path& temporary) {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw InputError(target, "cannot open for writing");
        out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
        out.flush();
        if (!out) throw InputError(target, "write failed (disk full?)");
    });
}

void AtomicFile::writeText(const std::filesystem::path& target, const std::string& content) {
    writeBytes(target, content.data(), content.size());
}

} // namespace crossseg
