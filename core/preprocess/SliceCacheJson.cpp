#include "core/preprocess/SliceCacheJson.h"

#include "core/util/InputError.h"

#include <string>

namespace crossseg {

void SliceCacheJson::fail(const std::filesystem::path& file, const std::string& cause) {
    throw InputError(file, cause);
}

nlohmann::json SliceCacheJson::fromParameters(const SliceCacheParameters& parameters) {
    nlohmann::json windows = nlohmann::json::object();
    for (const auto& [modality, window] : parameters.intensityWindows) windows[modality] = {window[0], window[1]};
    return {{"format_version", parameters.formatVersion},
            {"height", parameters.height},
            {"width", parameters.width},
            {"ct_window", {parameters.ctWindowLow, parameters.ctWindowHigh}},
            {"mr_percentiles", {parameters.mrLowPercentile, parameters.mrHighPercentile}},
            {"intensity_windows", windows}};
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
