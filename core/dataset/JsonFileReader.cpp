#include "core/dataset/JsonFileReader.h"

#include "core/util/InputError.h"

#include <fstream>

namespace crossseg {

nlohmann::json JsonFileReader::read(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw InputError(file, "cannot open the file");
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
}

} // namespace crossseg
