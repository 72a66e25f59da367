#include "core/learn/SegmentationStreams.h"

namespace crossseg {

SegmentationStreams::SegmentationStreams(const MethodTraits& method, const SlicePool& labeledTarget,
                                         const SlicePool& assistant, const SlicePool& unlabeledTarget,
                                         const TrainingProfile& p)
    : unlabeled_(&unlabeledTarget) {
    const MethodOptions options = MethodOptions::of(p);
    if (options.unlabeledTargetAbdominalRange && !unlabeledTarget.empty()) {
        range_ = AbdominalSliceRange::fromLabelledCases(labeledTarget, options.abdominalRangeMargin);
        restrictedUnlabeled_ = range_.restrict(unlabeledTarget);
        // A range that leaves nothing (odd data) falls back to every slice rather than failing the run.
        if (!restrictedUnlabeled_.empty()) unlabeled_ = &restrictedUnlabeled_;
    }
    for (const SliceStream stream : method.streamsDrawn(!unlabeled_->empty())) {
        switch (stream) {
        case SliceStream::LabeledTarget:
            streams_.push_back({&labeledTarget, p.batchSize, true, true, p.foregroundSliceFraction});
            break;
        case SliceStream::LabeledAssistant: {
            BatchStream s{&assistant, p.batchSize, true, true, p.foregroundSliceFraction};
            s.deferImageAugmentation = options.translateCleanAssistant && method.needsIam;
            streams_.push_back(s);
            break;
        }
        case SliceStream::UnlabeledTarget:
            streams_.push_back({unlabeled_, p.unlabeledBatchSize, false, true, 0.0});
            break;
        }
    }
}

} // namespace crossseg
