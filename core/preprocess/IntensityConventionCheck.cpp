#include "core/preprocess/IntensityConventionCheck.h"

#include "core/preprocess/IntensityNormalizer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>

namespace crossseg {
namespace {

bool isCt(const std::string& modality) {
    std::string lower = modality;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower == "ct";
}

struct ValueSummary {
    double min = 0.0, max = 0.0, firstPercentile = 0.0;
    bool any = false;
};

ValueSummary summarize(const ImageVolume& image) {
    ValueSummary s;
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (float v : image.voxels()) {
        if (!std::isfinite(v)) continue;
        low = std::min(low, double(v));
        high = std::max(high, double(v));
        s.any = true;
    }
    if (!s.any) return s;
    s.min = low;
    s.max = high;
    s.firstPercentile = IntensityNormalizer::percentile(image.voxels(), 1.0);
    return s;
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

} // namespace

std::string IntensityConventionCheck::trainedUnit(const std::string& modality, const SliceCacheParameters& model) {
    const auto recorded = model.conventions.find(modality);
    if (recorded != model.conventions.end()) return recorded->second.unit;
    if (!isCt(modality)) return "arbitrary";
    const auto window = model.intensityWindows.find(modality);
    const bool storedEightBit = window != model.intensityWindows.end() && window->second[0] == 0.0 &&
                                window->second[1] == 255.0;
    return storedEightBit ? "stored" : "HU";
}

std::string IntensityConventionCheck::mismatch(const ImageVolume& physical, const std::string& modality,
                                               const SliceCacheParameters& model) {
    const ValueSummary values = summarize(physical);
    if (!values.any) return {};
    const std::string unit = trainedUnit(modality, model);
    const std::string range = "(values " + number(values.min) + " to " + number(values.max) + ")";
    if (unit == "HU" && values.min >= 0.0) {
        if (values.max <= 255.0)
            return "the image's values all lie within 0..255 " + range + ", but this " + modality +
                   " model was trained in Hounsfield units: it looks like 8-bit windowed CT. Declare how it was "
                   "stored (crossseg predict --stored-slope S --stored-intercept I; HU [-125, 275] scaled to "
                   "0..255 is slope 1.5686, intercept -125), or give the CT in HU";
        return "the image has no negative value " + range + ", but this " + modality +
               " model was trained in Hounsfield units, where air is -1000: these look like raw scanner numbers "
               "without their rescale intercept (often -1024). Declare it (crossseg predict --stored-intercept "
               "-1024) or give the CT in HU";
    }
    if (unit == "stored" && values.firstPercentile < -200.0)
        return "the image has Hounsfield-like values " + range + ", but this " + modality +
               " model was trained on 8-bit windowed CT as stored (0..255) because its dataset declared no "
               "stored_intensity: retrain with the manifest's stored_intensity declared, or give 8-bit input";
    if (unit == "arbitrary" && values.firstPercentile <= -500.0)
        return "the image has Hounsfield-like values " + range + ", 1% of its voxels at or below " +
               number(values.firstPercentile) + " (air in CT is -1000), but this model was trained on " + modality +
               " in arbitrary units (MR is never negative): is this a CT?";
    return {};
}

} // namespace crossseg
