#pragma once
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <memory>
#include <optional>

namespace crossseg {

class GradientSync;
class TaskControl;
class TrainingObserver;

// Runs one configured training from a slice cache into its run folder: a plan resolves and checks everything
// (TrainingPlan), then the IAM stage when the method needs it (ImageAlignmentStage, reused from a cache of trained
// IAMs when one matches), then the segmentation stage (SegmentationStage); TrainingRecorder writes the run folder
// (RunRecord: config.json, status.json; metrics; checkpoints, the best picked by validation). Pause/cancel through
// TaskControl (cancel leaves the latest checkpoint valid and status "cancelled").
// Throws InputError for bad configuration or an incompatible/missing checkpoint on resume (nothing is written),
// and std::runtime_error naming the loss term when a loss becomes NaN or Inf (the last good checkpoint stays).
class TrainingRun {
public:
    // Resolves config.profile (TrainingProfile::resolve) when the run starts.
    explicit TrainingRun(TrainingConfig config);
    // With the profile the caller resolved once (TrainingJob): config.profile only names it in the record.
    TrainingRun(TrainingConfig config, TrainingProfile resolvedProfile);
    ~TrainingRun();
    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    // Data-parallel training: every optimiser step passes through `sync` (must outlive run()); rank 0 alone
    // writes the run folder. Default: the single-process no-op.
    void setGradientSync(GradientSync& sync);

    const TrainingConfig& config() const;
    void run(TaskControl& control, TrainingObserver* observer);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace crossseg
