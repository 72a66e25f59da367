#pragma once
#include "core/learn/SliceSegmenter.h"
#include "core/learn/TrainingObserver.h"
#include "core/preprocess/SliceCache.h"

#include <vector>

namespace crossseg {

// Validation Dice during training: each validation case's slices are segmented, stacked and compared in 3D
// (on the cache's slice grid) per foreground class; a class absent from both prediction and reference of a case
// does not count for that case. Per-class values are means over cases; the mean Dice is over foreground classes.
// Every model of the run is scored (real, syn and ensemble, or single), each network running once per batch.
class SegmentationValidator {
public:
    SegmentationValidator(std::vector<CaseSlices> cases, int classes, int batchSize);

    bool empty() const { return cases_.empty(); }
    // selectionModel: the model whose mean Dice picks the best checkpoint ("ensemble" for mkd methods).
    TrainingValidationReport evaluate(SliceSegmenter& segmenter, const std::string& selectionModel) const;

private:
    std::vector<CaseSlices> cases_;
    int classes_, batchSize_;
};

} // namespace crossseg
