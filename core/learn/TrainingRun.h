#pragma once
#include "core/learn/TrainingConfig.h"

namespace crossseg {

class TaskControl;
class TrainingObserver;

// Runs one configured training from a slice cache into its run folder: the IAM stage when the method needs it
// (reused from a cache of trained IAMs when one matches), then the segmentation stage; validation picks the best
// checkpoint; pause/cancel through TaskControl (cancel leaves the latest checkpoint valid and status "cancelled").
// Throws InputError for bad configuration or an incompatible/missing checkpoint on resume, and
// std::runtime_error naming the loss term when a loss becomes NaN or Inf (the last good checkpoint stays).
class TrainingRun {
public:
    explicit TrainingRun(TrainingConfig config);
    ~TrainingRun();
    TrainingRun(const TrainingRun&) = delete;
    TrainingRun& operator=(const TrainingRun&) = delete;

    const TrainingConfig& config() const;
    void run(TaskControl& control, TrainingObserver* observer);

private:
    struct Impl;
    Impl* impl_;
};

} // namespace crossseg
