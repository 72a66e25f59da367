#include "core/preprocess/SliceCache.h"

#include "core/preprocess/SliceCacheJson.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <stdexcept>
#include <system_error>

namespace crossseg {
namespace {

constexpr int kFormatVersion = 1;
const char* const kIndexName = "cache.json";

std::filesystem::path imageFileOf(const std::filesystem::path& folder, const std::string& id) {
    return folder / (id + ".img.f32");
}
std::filesystem::path labelFileOf(const std::filesystem::path& folder, const std::string& id) {
    return folder / (id + ".lbl.u8");
}

// Case ids become file names: refuse anything that could leave the folder or hide as a dot-file.
void requireSafeId(const std::string& id, const std::filesystem::path& where) {
    const bool safe = !id.empty() && id.front() != '.' &&
                      std::all_of(id.begin(), id.end(), [](unsigned char c) {
                          return std::isalnum(c) || c == '_' || c == '-' || c == '.';
                      });
    if (!safe) throw InputError(where, "case id \"" + id + "\" cannot be used as a file name");
}

nlohmann::json readIndex(const std::filesystem::path& index) {
    std::ifstream in(index, std::ios::binary);
    if (!in) throw InputError(index, "missing or unreadable (not a slice cache, or an interrupted build)");
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& error) {
        throw InputError(index, std::string("corrupt slice cache index: ") + error.what());
    }
}

// Reads exactly `count` values; a file of any other size is truncated or foreign.
template <typename T>
std::vector<T> readExact(const std::filesystem::path& file, std::size_t count) {
    std::error_code error;
    const std::uintmax_t actual = std::filesystem::file_size(file, error);
    if (error) throw InputError(file, "missing slice file: " + error.message());
    const std::uintmax_t expected = count * sizeof(T);
    if (actual != expected)
        throw InputError(file, (actual < expected ? "truncated slice file: expected " : "slice file too long: expected ") +
                                   std::to_string(expected) + " bytes, found " + std::to_string(actual));
    std::vector<T> values(count);
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(expected));
    if (!in) throw InputError(file, "read failed");
    return values;
}

SliceCacheCase caseFromJson(const nlohmann::json& json, const std::filesystem::path& index) {
    SliceCacheCase info;
    info.id = SliceCacheJson::field<std::string>(json, "id", index);
    requireSafeId(info.id, index);
    info.modality = SliceCacheJson::field<std::string>(json, "modality", index);
    info.role = SliceCacheJson::field<std::string>(json, "role", index);
    info.sliceCount = SliceCacheJson::field<int>(json, "slice_count", index);
    info.hasLabel = SliceCacheJson::field<bool>(json, "has_label", index);
    const auto geometry = SliceCacheJson::field<nlohmann::json>(json, "canonical_geometry", index);
    info.canonicalGeometry = SliceCacheJson::toGeometry(geometry, index);
    info.sourceImage = SliceCacheJson::field<std::string>(json, "source_image", index);
    info.sourceLabel = SliceCacheJson::field<std::string>(json, "source_label", index);
    if (info.sliceCount < 0 || static_cast<std::size_t>(info.sliceCount) != info.canonicalGeometry.size[2])
        throw InputError(index, "case " + info.id + ": slice_count does not match its canonical geometry");
    return info;
}

nlohmann::json caseToJson(const SliceCacheCase& info) {
    return {{"id", info.id},
            {"modality", info.modality},
            {"role", info.role},
            {"slice_count", info.sliceCount},
            {"has_label", info.hasLabel},
            {"canonical_geometry", SliceCacheJson::fromGeometry(info.canonicalGeometry)},
            {"source_image", info.sourceImage.generic_string()},
            {"source_label", info.sourceLabel.generic_string()},
            {"image_file", info.id + ".img.f32"},
            {"label_file", info.hasLabel ? info.id + ".lbl.u8" : std::string()}};
}

} // namespace

SliceCache::SliceCache(std::filesystem::path folder, std::string key, SliceCacheParameters parameters)
    : folder_(std::move(folder)), key_(std::move(key)), parameters_(std::move(parameters)) {
    parameters_.formatVersion = kFormatVersion;
}

SliceCache SliceCache::open(const std::filesystem::path& folder) {
    const std::filesystem::path index = folder / kIndexName;
    const nlohmann::json json = readIndex(index);
    const int version = SliceCacheJson::field<int>(json, "format_version", index);
    if (version != kFormatVersion)
        throw InputError(index, "slice cache format version " + std::to_string(version) + ", this build reads " +
                                    std::to_string(kFormatVersion) + ": preprocess again");

    const auto parameters = SliceCacheJson::field<nlohmann::json>(json, "parameters", index);
    SliceCache cache(folder, SliceCacheJson::field<std::string>(json, "key", index),
                     SliceCacheJson::toParameters(parameters, index));
    cache.classes_ = SliceCacheJson::field<std::vector<std::string>>(json, "classes", index);
    cache.modalityRoles_ = SliceCacheJson::field<std::map<std::string, std::string>>(json, "modalities", index);
    cache.splits_ = SliceCacheJson::field<std::map<std::string, std::vector<std::string>>>(json, "splits", index);
    const auto cases = SliceCacheJson::field<nlohmann::json>(json, "cases", index);
    if (!cases.is_array()) throw InputError(index, "field \"cases\" has the wrong type");
    std::set<std::string> ids;
    for (const auto& entry : cases) {
        SliceCacheCase info = caseFromJson(entry, index);
        if (!ids.insert(info.id).second) throw InputError(index, "case " + info.id + " is listed twice");
        cache.cases_.push_back(std::move(info));
    }
    return cache;
}

bool SliceCache::exists(const std::filesystem::path& folder) {
    try {
        open(folder);
        return true;
    } catch (const InputError&) {
        return false;
    }
}

const SliceCacheCase* SliceCache::findCase(const std::string& id) const {
    for (const auto& info : cases_)
        if (info.id == id) return &info;
    return nullptr;
}

std::string SliceCache::modalityWithRole(const std::string& role) const {
    for (const auto& [modality, modalityRole] : modalityRoles_)
        if (modalityRole == role) return modality;
    return {};
}

CaseSlices SliceCache::load(const std::string& caseId) const {
    const SliceCacheCase* info = findCase(caseId);
    if (!info) throw InputError(folder_ / kIndexName, "no case \"" + caseId + "\" in this slice cache");
    CaseSlices slices;
    slices.count = info->sliceCount;
    slices.height = parameters_.height;
    slices.width = parameters_.width;
    const std::size_t values = static_cast<std::size_t>(slices.count) * static_cast<std::size_t>(slices.height) *
                               static_cast<std::size_t>(slices.width);
    slices.images = readExact<float>(imageFileOf(folder_, caseId), values);
    if (info->hasLabel) slices.labels = readExact<std::uint8_t>(labelFileOf(folder_, caseId), values);
    return slices;
}

void SliceCache::addCase(const SliceCacheCase& info, const CaseSlices& slices) {
    requireSafeId(info.id, folder_ / kIndexName);
    const std::size_t values = static_cast<std::size_t>(slices.count) * static_cast<std::size_t>(parameters_.height) *
                               static_cast<std::size_t>(parameters_.width);
    if (slices.height != parameters_.height || slices.width != parameters_.width || slices.images.size() != values ||
        (!slices.labels.empty() && slices.labels.size() != values))
        throw std::invalid_argument("SliceCache::addCase: slices of case " + info.id +
                                    " do not match the cache's slice size");
    if (info.canonicalGeometry.size[2] != static_cast<std::size_t>(slices.count))
        throw std::invalid_argument("SliceCache::addCase: case " + info.id + " has " + std::to_string(slices.count) +
                                    " slices but its canonical geometry has " +
                                    std::to_string(info.canonicalGeometry.size[2]));

    SliceCacheCase stored = info;
    stored.sliceCount = slices.count;
    stored.hasLabel = !slices.labels.empty();
    AtomicFile::writeBytes(imageFileOf(folder_, info.id), slices.images.data(), slices.images.size() * sizeof(float));
    if (stored.hasLabel) {
        AtomicFile::writeBytes(labelFileOf(folder_, info.id), slices.labels.data(), slices.labels.size());
    } else {
        std::error_code ignored; // a label file left from an earlier build would be misleading
        std::filesystem::remove(labelFileOf(folder_, info.id), ignored);
    }

    const auto existing = std::find_if(cases_.begin(), cases_.end(), [&](const auto& c) { return c.id == info.id; });
    if (existing != cases_.end())
        *existing = stored;
    else
        cases_.push_back(stored);
}

void SliceCache::writeIndex() const {
    nlohmann::json cases = nlohmann::json::array();
    for (const auto& info : cases_) cases.push_back(caseToJson(info));
    const nlohmann::json index = {{"format_version", kFormatVersion},
                                  {"key", key_},
                                  {"parameters", SliceCacheJson::fromParameters(parameters_)},
                                  {"classes", classes_},
                                  {"modalities", modalityRoles_},
                                  {"cases", cases},
                                  {"splits", splits_},
                                  {"byte_order", "little-endian"}};
    AtomicFile::writeText(folder_ / kIndexName, index.dump(1) + "\n");
}

} // namespace crossseg
