#pragma once
#include "core/learn/AbdominalSliceRange.h"
#include "core/learn/Method.h"
#include "core/learn/MethodOptions.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/SlicePool.h"
#include "core/learn/TrainingProfile.h"

#include <vector>

namespace crossseg {

// The batch streams of a method's segmentation stage (MethodTraits::streamsDrawn, in that order) over the run's
// slice pools, with the profile's MethodOptions applied:
//   unlabeled_target_abdominal_range: the unlabelled CT stream drawn only from the relative z-range of the organs
//     of the labelled CT cases (AbdominalSliceRange; no label of an unlabelled case is read);
//   translate_clean_assistant (mkd-iam): the MR stream hands its slices over clean, with their augmentation
//     pending, so the trainer translates first and augments after.
// Owns the restricted pool the streams point into: keep it alive as long as the SliceBatchLoader.
class SegmentationStreams {
public:
    SegmentationStreams(const MethodTraits& method, const SlicePool& labeledTarget, const SlicePool& assistant,
                        const SlicePool& unlabeledTarget, const TrainingProfile& profile);
    SegmentationStreams(const SegmentationStreams&) = delete;
    SegmentationStreams& operator=(const SegmentationStreams&) = delete;

    const std::vector<BatchStream>& streams() const { return streams_; }
    // The range the unlabelled stream was restricted to (the whole volume when it was not).
    const AbdominalSliceRange& unlabeledRange() const { return range_; }
    std::int64_t unlabeledSlices() const { return unlabeled_->size(); }

private:
    AbdominalSliceRange range_;
    SlicePool restrictedUnlabeled_;
    const SlicePool* unlabeled_ = nullptr;
    std::vector<BatchStream> streams_;
};

} // namespace crossseg
