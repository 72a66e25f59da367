#include "core/learn/SlicePool.h"

#include <algorithm>
#include <array>
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
            std::array<bool, 256> shown{};
            std::for_each(first, first + std::ptrdiff_t(area), [&shown](std::uint8_t v) { shown[v] = true; });
            for (int organ = 1; organ < 256; ++organ)
                if (shown[std::size_t(organ)]) slicesByClass_[std::size_t(organ)].push_back(count_ + s);
        }
        organClasses_.clear();
        for (int organ = 1; organ < 256; ++organ)
            if (!slicesByClass_[std::size_t(organ)].empty()) organClasses_.push_back(std::uint8_t(organ));
    } else {
        labels_.resize(labels_.size() + area * slices.count, 0);
    }
    cases_.push_back({count_, slices.count});
    count_ += slices.count;
}

SlicePool SlicePool::relativeSliceRange(double lower, double upper) const {
    SlicePool out(height_, width_);
    const std::size_t area = std::size_t(height_) * width_;
    for (const CaseExtent& extent : cases_) {
        CaseSlices kept;
        kept.height = height_;
        kept.width = width_;
        for (int s = 0; s < extent.count; ++s) {
            const double position = (s + 0.5) / extent.count;
            if (position < lower || position > upper) continue;
            const std::int64_t index = extent.first + s;
            kept.images.insert(kept.images.end(), image(index), image(index) + area);
            if (hasLabels_) kept.labels.insert(kept.labels.end(), label(index), label(index) + area);
            ++kept.count;
        }
        if (kept.count > 0) out.addCase(kept, hasLabels_); // an empty case would make a labelled pool unlabelled
    }
    return out;
}

void SlicePool::addTo(ContentDigest& digest) const {
    digest.addCount(std::uint64_t(height_) << 32 | std::uint64_t(width_));
    digest.addCount(cases_.size());
    for (const auto& extent : cases_) digest.addCount(std::uint64_t(extent.count));
    digest.addArray(images_);
    digest.addCount(hasLabels_ ? 1 : 0);
    if (hasLabels_) digest.addArray(labels_);
}

} // namespace crossseg
