#include "core/util/UserDataPaths.h"

#include <cstdlib>
#include <system_error>

namespace crossseg {
namespace {
std::filesystem::path xdgFolder(const char* variable, const char* fallbackBelowHome) {
    std::filesystem::path base;
    if (const char* value = std::getenv(variable); value && *value) {
        base = value;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = std::filesystem::path(home) / fallbackBelowHome;
    } else {
        base = std::filesystem::temp_directory_path();
    }
    std::filesystem::path folder = base / "crossseg";
    std::error_code ignored;
    std::filesystem::create_directories(folder, ignored);
    return folder;
}
} // namespace

std::filesystem::path UserDataPaths::dataDirectory() { return xdgFolder("XDG_DATA_HOME", ".local/share"); }
std::filesystem::path UserDataPaths::cacheDirectory() { return xdgFolder("XDG_CACHE_HOME", ".cache"); }

} // namespace crossseg
