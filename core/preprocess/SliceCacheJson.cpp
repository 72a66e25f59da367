#include "core/preprocess/SliceCacheJson.h"

#include "core/util/InputError.h"

#include <cctype>
#include <string>

namespace crossseg {

void SliceCacheJson::fail(const std::filesystem::path& file, const std::string& cause) {
    throw InputError(file, cause);
}

namespace {

// As IntensityNormalizer decides: a modality named "ct" in any case gets the CT window when it has no fixed one.
bool isCtModality(const std::string& modality) {
    return modality.size() == 2 && std::tolower(static_cast<unsigned char>(modality[0])) == 'c' &&
           std::tolower(static_cast<unsigned char>(modality[1])) == 't';
}

nlohmann::json storedIntensityJson(const StoredIntensity& stored) {
    return {{"unit", stored.unit}, {"slope", stored.slope}, {"intercept", stored.intercept}};
}

} // namespace

nlohmann::json SliceCacheJson::normalizationRecord(const SliceCacheParameters& parameters) {
    nlohmann::json record = nlohmann::json::object();
    for (const auto& [modality, convention] : parameters.conventions) {
        nlohmann::json entry = {{"unit", convention.unit}, {"chosen_by", convention.chosenBy}};
        const auto window = parameters.intensityWindows.find(modality);
        if (window != parameters.intensityWindows.end())
            entry["window"] = {window->second[0], window->second[1]};
        else if (isCtModality(modality))
            entry["window"] = {parameters.ctWindowLow, parameters.ctWindowHigh};
        else
            entry["percentiles"] = {parameters.mrLowPercentile, parameters.mrHighPercentile};
        if (convention.storedIntensity.declared())
            entry["stored_intensity"] = storedIntensityJson(convention.storedIntensity);
        record[modality] = entry;
    }
    return record;
}

nlohmann::json SliceCacheJson::fromParameters(const SliceCacheParameters& parameters) {
    nlohmann::json windows = nlohmann::json::object();
    for (const auto& [modality, window] : parameters.intensityWindows) windows[modality] = {window[0], window[1]};
    nlohmann::json json = {{"format_version", parameters.formatVersion},
                           {"height", parameters.height},
                           {"width", parameters.width},
                           {"ct_window", {parameters.ctWindowLow, parameters.ctWindowHigh}},
                           {"mr_percentiles", {parameters.mrLowPercentile, parameters.mrHighPercentile}},
                           {"intensity_windows", windows}};
    // Only when recorded: caches and runs from before keep exactly the JSON (and the key) they had.
    if (!parameters.conventions.empty()) json["normalization"] = normalizationRecord(parameters);
    return json;
}

std::map<std::string, IntensityConvention> SliceCacheJson::toConventions(const nlohmann::json& json,
                                                                         const std::filesystem::path& file) {
    std::map<std::string, IntensityConvention> conventions;
    if (!json.is_object()) fail(file, "field \"normalization\" has the wrong type");
    for (const auto& [modality, entry] : json.items()) {
        IntensityConvention convention;
        convention.unit = field<std::string>(entry, "unit", file);
        convention.chosenBy = field<std::string>(entry, "chosen_by", file);
        if (entry.contains("stored_intensity")) {
            const auto& stored = entry["stored_intensity"];
            convention.storedIntensity.unit = field<std::string>(stored, "unit", file);
            convention.storedIntensity.slope = field<double>(stored, "slope", file);
            convention.storedIntensity.intercept = field<double>(stored, "intercept", file);
        }
        conventions[modality] = convention;
    }
    return conventions;
}

SliceCacheParameters SliceCacheJson::toParameters(const nlohmann::json& json, const std::filesystem::path& file) {
    SliceCacheParameters parameters;
    parameters.formatVersion = field<int>(json, "format_version", file);
    parameters.height = field<int>(json, "height", file);
    parameters.width = field<int>(json, "width", file);
    const auto ctWindow = field<std::array<double, 2>>(json, "ct_window", file);
    parameters.ctWindowLow = ctWindow[0];
    parameters.ctWindowHigh = ctWindow[1];
    const auto percentiles = field<std::array<double, 2>>(json, "mr_percentiles", file);
    parameters.mrLowPercentile = percentiles[0];
    parameters.mrHighPercentile = percentiles[1];
    parameters.intensityWindows =
        field<std::map<std::string, std::array<double, 2>>>(json, "intensity_windows", file);
    if (json.contains("normalization")) parameters.conventions = toConventions(json["normalization"], file);
    if (parameters.height <= 0 || parameters.width <= 0)
        throw InputError(file, "slice size must be positive, got " + std::to_string(parameters.height) + " x " +
                                   std::to_string(parameters.width));
    return parameters;
}

nlohmann::json SliceCacheJson::fromGeometry(const VolumeGeometry& geometry) {
    return {{"size", geometry.size},
            {"spacing", geometry.spacing},
            {"origin", geometry.origin},
            {"direction", geometry.direction}};
}

VolumeGeometry SliceCacheJson::toGeometry(const nlohmann::json& json, const std::filesystem::path& file) {
    VolumeGeometry geometry;
    geometry.size = field<std::array<std::size_t, 3>>(json, "size", file);
    geometry.spacing = field<std::array<double, 3>>(json, "spacing", file);
    geometry.origin = field<std::array<double, 3>>(json, "origin", file);
    geometry.direction = field<std::array<double, 9>>(json, "direction", file);
    return geometry;
}

} // namespace crossseg
