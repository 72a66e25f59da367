#pragma once
#include "core/preprocess/SliceCache.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

// What identifies one source file's content cheaply: its path, size and modification time. Hashing the voxels
// would be exact but would cost a full read of every file just to find out that the cache is still valid.
struct SourceFileStamp {
    std::filesystem::path file;
    std::uintmax_t size = 0;
    std::int64_t modified = 0; // last write time, file-clock ticks since its epoch

    // Stats `file`; throws InputError naming it when it does not exist.
    static SourceFileStamp of(const std::filesystem::path& file);
};

// The key of a slice cache: 16 hex digits of a 64-bit FNV-1a hash over the format version, the parameters, the
// source stamps and a description of everything else that shapes the cache's content (classes, label maps,
// modality roles, splits). Any change gives a different key, hence a different cache folder; the hash is over a
// canonical JSON text (sorted keys), so it does not depend on map iteration order or the machine.
class SliceCacheKey {
public:
    static std::string compute(const SliceCacheParameters& parameters, const std::vector<SourceFileStamp>& sources,
                               const nlohmann::json& contentDescription);
};

} // namespace crossseg
