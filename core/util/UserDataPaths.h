#pragma once
#include <filesystem>

namespace crossseg {

// Per-user folders, following the XDG base directory convention.
class UserDataPaths {
public:
    // $XDG_DATA_HOME/crossseg, else ~/.local/share/crossseg (created on demand).
    static std::filesystem::path dataDirectory();
    // $XDG_CACHE_HOME/crossseg, else ~/.cache/crossseg (created on demand).
    static std::filesystem::path cacheDirectory();
};

} // namespace crossseg
