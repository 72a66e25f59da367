#include "learn/SlicePool.h"

#include <algorithm>
#include <stdexcept>

namespace crossseg {

void SlicePool::addCase(const CaseSlices& slices, bool keepLabels) {
    if (slices.height != height_ || slices.width != width_)
        throw std::invalid_argument("SlicePool: slice size " + std::to_string(slices.height) + "x" +
                                    std::to_string(slices.width) + " differs from the pool's " +
                                    std::to_string(height_) + "x" + std::to_string(width_));
    const std::size_t area = std::size_t(height_) * width_;
    const bool labelled = keepLabels && !slices.labels.empty();
    // A pool is labelled only if every case in it is: mixing would leave slices without targets.
    if (count_ == 0) hasLabels_ = labelled;
    else hasLabels_ = hasLabels_ && labelled;
    images_.insert(images_.end(), slices.images.begin(), slices.images.begin() + std::ptrdiff_t(area * slices.count));
    if (labelled) {
        labels_.insert(labels_.end(), slices.labels.begin(), slices.labels.begin() + std::ptrdiff_t(area * slices.count));
        for (int s = 0; s < slices.count; ++s) {
            const auto first = slices.labels.begin() + std::ptrdiff_t(area * s);
            if (std::any_of(first, first + std::ptrdiff_t(area), [](std::uint8_t v) { return v != 0; }))
                foreground_.push_back(count_ + s);
        }
    } else {
        labels_.resize(labels_.size() + area * slices.count, 0);
    }
    count_ += slices.count;
}

} // namespace crossseg
