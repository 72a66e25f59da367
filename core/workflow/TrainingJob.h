#pragma once
#include "core/dataset/Dataset.h"
#include "core/eval/EvaluationReport.h"
#include "core/image/Volume.h"
#include "core/learn/Predictor.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <filesystem>
#include <memory>
#include <string>

namespace crossseg {

class GradientSync;
class TaskControl;
class TrainingObserver;

// One training job, the same for the command line (train, demo), CrossSeg Studio and its teaching mode, free of
// Qt: prepare the slice cache at the profile's slice size, train into the run folder, predict with the trained run,
// evaluate it on a dataset split. The profile is resolved once, here (a name or a JSON profile file, see
// TrainingProfile::resolve), and every step uses that one resolution. Steps are separate calls, so a caller can
// time them, skip one, or run them on a worker thread; progress goes to the TaskControl's ProgressSink (stages
// "preprocess", "iam", "train", "predict", "evaluate") and every step is cancellable through the same TaskControl.
// Errors the user can fix are InputError naming the file and the cause.
class TrainingJob {
public:
    // config.cache may be empty until prepare(). Throws InputError for an unknown profile or a bad profile file.
    explicit TrainingJob(TrainingConfig config);
    // Continues the run in `runDirectory` from its latest checkpoint, with the configuration and slice cache its
    // record names (RunRecord). Throws InputError when the folder holds no run or its slice cache is gone.
    static TrainingJob resuming(const std::filesystem::path& runDirectory);

    const TrainingConfig& config() const { return config_; }
    const TrainingProfile& profile() const { return profile_; }

    // Step 1. `source`: a prepared slice cache (used as is) or a dataset (manifest JSON, MM-WHS or nnU-Net folder),
    // prepared into (or found in) `cacheRoot` at the profile's slice size. Returns the cache folder, which
    // train() then uses. An empty cacheRoot means DatasetCachePreparer::defaultCacheRoot().
    std::filesystem::path prepare(const std::filesystem::path& source, const std::filesystem::path& cacheRoot,
                                  TaskControl& control);
    std::filesystem::path prepare(const Dataset& dataset, const std::filesystem::path& cacheRoot, TaskControl& control);
    // Uses a slice cache prepared elsewhere.
    void useCache(const std::filesystem::path& cache) { config_.cache = cache; }

    // Step 2: the training (TrainingRun) into config().runDir.
    void setGradientSync(GradientSync& sync) { gradientSync_ = &sync; }
    void train(TaskControl& control, TrainingObserver* observer);

    // Step 3: the trained run's Predictor (loaded once, on config().device).
    Predictor& predictor();
    LabelVolume predict(const ImageVolume& image, const std::string& model, TaskControl* control = nullptr);

    // Step 4: every model of the run on the labelled cases of `split` of `dataset` (RunEvaluator).
    EvaluationReport evaluate(const std::filesystem::path& dataset, const std::string& split,
                              TaskControl* control = nullptr) const;

private:
    TrainingJob(TrainingConfig config, TrainingProfile profile);

    TrainingConfig config_;
    TrainingProfile profile_;
    GradientSync* gradientSync_ = nullptr;
    std::unique_ptr<Predictor> predictor_;
};

} // namespace crossseg
