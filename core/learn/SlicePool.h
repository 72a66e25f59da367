#pragma once
#include "preprocess/SliceCache.h"

#include <cstdint>
#include <vector>

namespace crossseg {

// The slices of a set of cases held in memory for sampling (all slices of one role and split), with the indices
// of the slices that show at least one foreground class, so that labelled batches can favour anatomy over the
// empty slices above and below the organs.
class SlicePool {
public:
    SlicePool() = default;
    SlicePool(int height, int width) : height_(height), width_(width) {}

    // Appends a case's slices; labels are kept only when `keepLabels` and the case has them.
    void addCase(const CaseSlices& slices, bool keepLabels);

    int height() const { return height_; }
    int width() const { return width_; }
    std::int64_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    bool hasLabels() const { return hasLabels_; }
    const std::vector<std::int64_t>& foregroundSlices() const { return foreground_; }

    const float* image(std::int64_t index) const { return images_.data() + index * height_ * width_; }
    const std::uint8_t* label(std::int64_t index) const { return labels_.data() + index * height_ * width_; }

private:
    int height_ = 0, width_ = 0;
    std::int64_t count_ = 0;
    bool hasLabels_ = true;
    std::vector<float> images_;
    std::vector<std::uint8_t> labels_;
    std::vector<std::int64_t> foreground_;
};

} // namespace crossseg
