#include "core/preprocess/IntensityNormalizer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

namespace crossseg {
namespace {

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::vector<float> finiteValues(const std::vector<float>& values) {
    std::vector<float> finite;
    finite.reserve(values.size());
    for (float v : values)
        if (std::isfinite(v)) finite.push_back(v);
    return finite;
}

// Order statistic at fractional rank `rank` of `values`, where only the elements around rank need to be in
// place: nth_element on the floor, then the minimum of the part above it is the next order statistic.
double interpolatedOrderStatistic(std::vector<float>& values, double rank) {
    const std::size_t below = static_cast<std::size_t>(std::floor(rank));
    const double fraction = rank - static_cast<double>(below);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(below), values.end());
    const double lowValue = values[below];
    if (fraction <= 0.0 || below + 1 >= values.size()) return lowValue;
    const double highValue = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(below) + 1, values.end());
    return lowValue + fraction * (highValue - lowValue);
}

double rankOf(double percent, std::size_t count) {
    const double clamped = std::clamp(percent, 0.0, 100.0);
    return clamped / 100.0 * static_cast<double>(count - 1);
}

} // namespace

IntensityNormalizer::IntensityNormalizer(const SliceCacheParameters& parameters, std::string modality)
    : parameters_(parameters), modality_(std::move(modality)) {
    const auto explicitWindow = parameters_.intensityWindows.find(modality_);
    if (explicitWindow != parameters_.intensityWindows.end()) {
        fixedWindow_ = true;
        window_ = {explicitWindow->second[0], explicitWindow->second[1]};
    } else if (lowerCase(modality_) == "ct") {
        fixedWindow_ = true;
        window_ = {parameters_.ctWindowLow, parameters_.ctWindowHigh};
    }
}

IntensityRange IntensityNormalizer::rangeFor(const ImageVolume& image) const {
    if (fixedWindow_) return window_;
    return percentileRange(image.voxels(), parameters_.mrLowPercentile, parameters_.mrHighPercentile);
}

ImageVolume IntensityNormalizer::normalize(const ImageVolume& image) const {
    ImageVolume result = image;
    applyRange(result.data(), result.voxels().size(), rangeFor(image));
    return result;
}

void IntensityNormalizer::applyRange(float* values, std::size_t count, const IntensityRange& range) {
    const double width = range.high - range.low;
    if (!(width > 0.0)) {
        std::fill(values, values + count, -1.0f);
        return;
    }
    const double scale = 2.0 / width;
    for (std::size_t i = 0; i < count; ++i) {
        const double v = values[i];
        if (std::isnan(v)) {
            values[i] = -1.0f;
            continue;
        }
        const double clipped = std::clamp(v, range.low, range.high);
        values[i] = static_cast<float>(std::clamp((clipped - range.low) * scale - 1.0, -1.0, 1.0));
    }
}

double IntensityNormalizer::percentile(const std::vector<float>& values, double p) {
    std::vector<float> finite = finiteValues(values);
    if (finite.empty()) return 0.0;
    return interpolatedOrderStatistic(finite, rankOf(p, finite.size()));
}

IntensityRange IntensityNormalizer::percentileRange(const std::vector<float>& values, double lowPercent,
                                                    double highPercent) {
    std::vector<float> finite = finiteValues(values);
    if (finite.empty()) return {0.0, 0.0};
    // nth_element only reorders, so the second query on the same buffer is still exact.
    const double low = interpolatedOrderStatistic(finite, rankOf(lowPercent, finite.size()));
    const double high = interpolatedOrderStatistic(finite, rankOf(highPercent, finite.size()));
    return {low, high};
}

} // namespace crossseg
