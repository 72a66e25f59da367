#pragma once
#include <filesystem>
#include <functional>
#include <string>

namespace crossseg {

// Every file CrossSeg writes goes through here: the content is written to a temporary name in the target's
// folder and renamed into place, so a crash or a failed write never leaves a half-written file behind and
// never destroys the previous version.
class AtomicFile {
public:
    // Calls writeTo(temporaryPath); on success renames the temporary file to `target`, on any exception removes
    // it and rethrows. The temporary keeps the target's extension(s) so that extension-driven writers (ITK's
    // .nii.gz) choose the right format.
    static void write(const std::filesystem::path& target,
                      const std::function<void(const std::filesystem::path& temporaryPath)>& writeTo);

    static void writeText(const std::filesystem::path& target, const std::string& content);
    static void writeBytes(const std::filesystem::path& target, const void* data, std::size_t size);

    // The temporary name used for `target` (exposed for tests).
    static std::filesystem::path temporaryPathFor(const std::filesystem::path& target);
};

} // namespace crossseg
