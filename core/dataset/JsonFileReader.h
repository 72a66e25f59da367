#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>

namespace crossseg {

// Reads a JSON document from a file; a missing file or a syntax error becomes an InputError naming the file.
class JsonFileReader {
public:
    static nlohmann::json read(const std::filesystem::path& file);
};

} // namespace crossseg
