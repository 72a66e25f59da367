#include "ui/model/WindowLevel.h"

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

unsigned char WindowLevel::grey(double value) const {
    const double width = std::max(window, 1e-6);
    const double t = (value - lower()) / width;
    if (!(t > 0.0)) return 0; // also NaN
    if (t >= 1.0) return 255;
    return static_cast<unsigned char>(std::lround(t * 255.0));
}

WindowLevel WindowLevel::dragged(double dx, double dy, double intensityPerPixel) const {
    WindowLevel result = *this;
    result.window = std::max(1e-3, window + dx * intensityPerPixel);
    result.level = level + dy * intensityPerPixel;
    return result;
}

WindowLevel WindowLevel::automatic(const ImageVolume& volume, double lowPercent, double highPercent) {
    const auto& voxels = volume.voxels();
    if (voxels.empty()) return {1.0, 0.5};
    // A strided sample keeps this fast on 512x512x300 CT volumes; percentiles barely change.
    const std::size_t stride = std::max<std::size_t>(1, voxels.size() / 1000000);
    std::vector<float> sample;
    sample.reserve(voxels.size() / stride + 1);
    for (std::size_t n = 0; n < voxels.size(); n += stride)
        if (std::isfinite(voxels[n])) sample.push_back(voxels[n]);
    if (sample.empty()) return {1.0, 0.5};
    auto at = [&](double percent) {
        const auto index = static_cast<std::size_t>(std::clamp(percent / 100.0, 0.0, 1.0) * (sample.size() - 1));
        std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(index), sample.end());
        return static_cast<double>(sample[index]);
    };
    const double low = at(lowPercent);
    const double high = at(highPercent);
    const double window = std::max(high - low, 1e-3);
    return {window, low + window / 2.0};
}

} // namespace crossseg::ui
