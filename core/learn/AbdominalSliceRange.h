#pragma once
#include "core/learn/SlicePool.h"

namespace crossseg {

// The part of each target volume (as a relative height, 0 = first axial slice, 1 = last) that shows the
// abdominal organs, estimated from labelled cases only: the union over the labelled cases of the relative
// z-extent of their organ labels, widened by a margin. Applied to unlabelled target volumes (whose labels are
// never read), it drops the thorax and pelvis slices that the MR field of view never shows, so that the IAM's CT
// side and the unlabelled CT stream of the S_real -> S_syn term see the anatomy the MR side shows.
// Assumes the volumes share an orientation (the slice cache is canonical LPS) and cover roughly similar regions.
class AbdominalSliceRange {
public:
    AbdominalSliceRange() = default; // everything: [0, 1]
    AbdominalSliceRange(double lower, double upper);

    // From a labelled pool (the K labelled target cases); margin: fraction of the volume height added on both
    // sides. A pool without labels or without any organ gives the whole range.
    static AbdominalSliceRange fromLabelledCases(const SlicePool& labelled, double margin);

    double lower() const { return lower_; }
    double upper() const { return upper_; }
    bool wholeVolume() const { return lower_ <= 0.0 && upper_ >= 1.0; }

    // The pool's slices inside the range (SlicePool::relativeSliceRange).
    SlicePool restrict(const SlicePool& pool) const;

private:
    double lower_ = 0.0, upper_ = 1.0;
};

} // namespace crossseg
