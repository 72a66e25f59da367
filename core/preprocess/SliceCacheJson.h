#pragma once
#include "core/image/VolumeGeometry.h"
#include "core/preprocess/SliceCache.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace crossseg {

// The JSON form of the slice cache's records, shared by cache.json, the cache key and whoever stores the
// preprocessing parameters next to a trained model (the Predictor must normalise and resize as training saw).
// Readers throw InputError naming `file` (the document the JSON came from) when a field is missing or mistyped.
class SliceCacheJson {
public:
    static nlohmann::json fromParameters(const SliceCacheParameters& parameters);
    static SliceCacheParameters toParameters(const nlohmann::json& json, const std::filesystem::path& file);

    // The record of how each modality was normalised: {"ct": {"unit": "HU", "window": [-125, 275], "chosen_by":
    // "...", "stored_intensity": {"unit", "slope", "intercept"}}, "mr": {"unit": "arbitrary", "percentiles":
    // [0.5, 99.5], "chosen_by": "..."}}. fromParameters() writes it as "normalization" (when conventions were
    // recorded), so cache.json and the run's config.json carry the physical window that training used.
    static nlohmann::json normalizationRecord(const SliceCacheParameters& parameters);

    static nlohmann::json fromGeometry(const VolumeGeometry& geometry);
    static VolumeGeometry toGeometry(const nlohmann::json& json, const std::filesystem::path& file);

    // json[name] as T; nlohmann's own exceptions name neither the file nor the field in user terms.
    template <typename T>
    static T field(const nlohmann::json& json, const char* name, const std::filesystem::path& file);

private:
    static std::map<std::string, IntensityConvention> toConventions(const nlohmann::json& json,
                                                                    const std::filesystem::path& file);
    [[noreturn]] static void fail(const std::filesystem::path& file, const std::string& cause);
};

template <typename T>
T SliceCacheJson::field(const nlohmann::json& json, const char* name, const std::filesystem::path& file) {
    if (!json.is_object() || !json.contains(name)) fail(file, std::string("missing field \"") + name + "\"");
    try {
        return json.at(name).get<T>();
    } catch (const nlohmann::json::exception&) {
        fail(file, std::string("field \"") + name + "\" has the wrong type");
    }
}

} // namespace crossseg
