#pragma once
#include "core/image/Volume.h"
#include "core/preprocess/SliceCache.h"

#include <cstddef>
#include <string>
#include <vector>

namespace crossseg {

// The intensity interval that is mapped onto [-1, 1]: values below low become -1, above high become 1.
struct IntensityRange {
    double low = 0.0;
    double high = 1.0;
};

// Brings one modality's intensities to [-1, 1], the range the networks (tanh generators, segmentors) expect.
//   - a fixed window when parameters.intensityWindows names the modality (manifest "intensity_window");
//   - otherwise CT ("ct", any case) uses the HU window [ctWindowLow, ctWindowHigh];
//   - every other modality (MR) is clipped to its own [mrLowPercentile, mrHighPercentile] percentiles.
// NaN maps to -1 (it carries no intensity and must not poison the network); +-Inf clip to the range ends and are
// ignored when percentiles are computed. Deterministic: no sampling, exact order statistics.
// Used by preprocessing and, with the cache's parameters, by the Predictor so that both see the same inputs.
class IntensityNormalizer {
public:
    IntensityNormalizer(const SliceCacheParameters& parameters, std::string modality);

    const std::string& modality() const { return modality_; }
    bool usesFixedWindow() const { return fixedWindow_; }

    // The range used for `image`: the fixed window, or the image's percentiles.
    IntensityRange rangeFor(const ImageVolume& image) const;
    // A copy of `image` with intensities normalised to [-1, 1]; geometry unchanged.
    ImageVolume normalize(const ImageVolume& image) const;

    // Clip to range and scale to [-1, 1] in place. A degenerate range (high <= low: a constant image) maps
    // everything to -1 rather than dividing by zero.
    static void applyRange(float* values, std::size_t count, const IntensityRange& range);
    // The p-th percentile (0..100) of the finite values, linearly interpolated between order statistics (the
    // definition numpy uses by default). Returns 0 when there is no finite value.
    static double percentile(const std::vector<float>& values, double p);
    // Both percentiles with one copy of the data (volumes are large).
    static IntensityRange percentileRange(const std::vector<float>& values, double lowPercent, double highPercent);

private:
    SliceCacheParameters parameters_;
    std::string modality_;
    bool fixedWindow_ = false;
    IntensityRange window_;
};

} // namespace crossseg
