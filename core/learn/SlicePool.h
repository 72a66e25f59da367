#pragma once
#include "core/preprocess/SliceCache.h"
#include "core/util/ContentDigest.h"

#include <cstdint>
#include <vector>

namespace crossseg {

// The slices of a set of cases held in memory for sampling (all slices of one role and split), with, for each
// organ class, the indices of the slices that show it. Labelled batches draw an organ first and then a slice that
// shows it (as nnU-Net's foreground oversampling does), so that a small organ seen on few slices is trained as often
// as the liver, and not learned hundreds of iterations later or not at all.
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
    // The organ classes (label values above 0) that at least one slice shows, in increasing order.
    const std::vector<std::uint8_t>& organClasses() const { return organClasses_; }
    // The slices that show `organ`; empty for a class no slice shows.
    const std::vector<std::int64_t>& slicesShowing(std::uint8_t organ) const { return slicesByClass_[organ]; }

    const float* image(std::int64_t index) const { return images_.data() + index * height_ * width_; }
    const std::uint8_t* label(std::int64_t index) const { return labels_.data() + index * height_ * width_; }

    // Where each added case's slices lie in the pool, in the order the cases were added.
    struct CaseExtent {
        std::int64_t first = 0;
        int count = 0;
    };
    const std::vector<CaseExtent>& cases() const { return cases_; }

    // A pool of the same cases holding only the slices whose relative height in their case,
    // (slice + 0.5) / slices of the case, lies within [lower, upper] (labels and organ indices kept along).
    SlicePool relativeSliceRange(double lower, double upper) const;

    // Feeds the pool's content (each case's slice count, the voxels, the labels when kept) into `digest`: what a
    // resumed run or a reused IAM compares, so that the same slices match wherever their source files now lie.
    void addTo(ContentDigest& digest) const;

private:
    int height_ = 0, width_ = 0;
    std::int64_t count_ = 0;
    bool hasLabels_ = true;
    std::vector<float> images_;
    std::vector<std::uint8_t> labels_;
    std::vector<std::vector<std::int64_t>> slicesByClass_ = std::vector<std::vector<std::int64_t>>(256);
    std::vector<std::uint8_t> organClasses_;
    std::vector<CaseExtent> cases_;
};

} // namespace crossseg
