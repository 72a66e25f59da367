#include "core/preprocess/SliceCacheKey.h"

#include "core/preprocess/SliceCacheJson.h"
#include "core/util/ContentDigest.h"
#include "core/util/InputError.h"

#include <chrono>
#include <system_error>

namespace crossseg {

SourceFileStamp SourceFileStamp::of(const std::filesystem::path& file) {
    std::error_code error;
    SourceFileStamp stamp;
    stamp.file = file;
    stamp.size = std::filesystem::file_size(file, error);
    if (error) throw InputError(file, "cannot read the file's size: " + error.message());
    const auto written = std::filesystem::last_write_time(file, error);
    if (error) throw InputError(file, "cannot read the file's modification time: " + error.message());
    stamp.modified = static_cast<std::int64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(written.time_since_epoch()).count());
    return stamp;
}

std::string SliceCacheKey::compute(const SliceCacheParameters& parameters, const std::vector<SourceFileStamp>& sources,
                                   const nlohmann::json& contentDescription) {
    nlohmann::json stamps = nlohmann::json::array();
    for (const auto& source : sources)
        stamps.push_back({{"file", source.file.generic_string()}, {"size", source.size}, {"modified", source.modified}});
    const nlohmann::json keyed = {{"format_version", parameters.formatVersion},
                                  {"parameters", SliceCacheJson::fromParameters(parameters)},
                                  {"sources", stamps},
                                  {"content", contentDescription}};
    return ContentDigest::ofText(keyed.dump());
}

} // namespace crossseg
