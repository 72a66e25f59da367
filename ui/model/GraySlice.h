#pragma once
#include <vector>

namespace crossseg::ui {

// One normalised 2D slice as the slice cache stores it: row-major, intensities scaled to [-1, 1].
struct GraySlice {
    int width = 0;
    int height = 0;
    std::vector<float> pixels;

    bool empty() const { return pixels.empty(); }
};

} // namespace crossseg::ui
