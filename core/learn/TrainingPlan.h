#pragma once
#include "core/learn/CaseSelection.h"
#include "core/learn/RunRecord.h"
#include "core/learn/SlicePool.h"
#include "core/learn/TrainingCheckpoint.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"
#include "core/preprocess/SliceCache.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace crossseg {

class GradientSync;

// The slices a segmentation stage trains and validates on, all in memory.
struct TrainingData {
    SlicePool labeledTarget, unlabeledTarget, assistant;
    std::vector<CaseSlices> validationCases;
};

// Everything a training run needs, resolved once before any file is written: the method's traits, the profile
// (with the --iterations override), the slice cache, the case selection, the device, the run's record (what
// config.json will say), the checkpoint state a resume continues, and the slices. Every mistake the user can make
// fails here as an InputError; nothing is written.
struct TrainingPlan {
    TrainingConfig config;
    const MethodTraits* method = nullptr;
    TrainingProfile profile;
    SliceCache cache;
    CaseSelection selection;
    int classes = 0;
    torch::Device device{torch::kCPU};
    std::string deviceMessage;            // why the requested device was replaced ("" when it was not)
    RunRecord record;                     // config.json as it is first written (no IAM reference yet)
    TrainingCheckpointState resumed;      // what the latest checkpoint says on --resume (iteration 0 otherwise)
    TrainingData data;
    GradientSync* gradientSync = nullptr; // never null after make(): the single-process no-op by default

    // `profile` is the resolved profile of config.profile (TrainingProfile::resolve): callers resolve it once.
    static TrainingPlan make(const TrainingConfig& config, const TrainingProfile& profile, GradientSync* sync);

    // The slices of `ids` from the cache, labels kept when `labels` (and the case has them).
    SlicePool slicesOf(const std::vector<std::string>& ids, bool labels) const;

    // The run writes its folder (config, status, metrics, checkpoints): rank 0 of a distributed run, or the only one.
    bool writesRunFolder() const;
};

} // namespace crossseg
