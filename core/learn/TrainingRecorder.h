#pragma once
#include "core/learn/RunFolder.h"
#include "core/learn/RunRecord.h"
#include "core/learn/RunStatus.h"
#include "core/learn/TrainingCheckpoint.h"
#include "core/learn/TrainingObserver.h"

#include <map>
#include <string>

namespace crossseg {

class SegmentationStage;
struct SegmentationStep;
class TaskControl;
struct TrainingPlan;

// Everything a training run leaves behind, and whom it tells: config.json and status.json (through the run's
// RunRecord), metrics.jsonl (RunFolder), checkpoints (latest, best, best per model when the profile asks), the
// observer (CLI, Studio) and TaskControl's progress. Pauses are recorded here too, so status.json says "paused"
// while nothing moves. In a distributed run only rank 0 writes files; every rank still tells its observer.
class TrainingRecorder {
public:
    TrainingRecorder(const TrainingPlan& plan, TaskControl& control, TrainingObserver* observer);

    RunRecord& record() { return record_; }
    RunFolder& metrics() { return folder_; }
    TrainingObserver* observer() const { return observer_; }

    void message(const std::string& text);
    void writeConfig();
    // status.json: state running, in `stage` ("iam", "segmentation"), with `text` as message.
    void enterStage(const std::string& stage, const std::string& text);
    void setState(RunState state, const std::string& text);
    // Blocks while the run is paused, saying so in status.json; throws TaskCancelled once cancelled.
    void waitIfPaused(long long iteration, const std::string& runningText);

    // Stage 2. begin: the checkpoint state continues `resumed` (its best so far) with the configuration now complete.
    void beginSegmentation(const TrainingCheckpointState& resumed);
    void recordStep(const SegmentationStep& step, long long totalIterations);
    // Appends the validation line; keeps the best checkpoint (and each model's, when the profile asks).
    void recordValidation(TrainingValidationReport report, SegmentationStage& stage);
    void saveLatest(SegmentationStage& stage);
    // At the end: the final weights become best.pt when no validation could pick one.
    void keepFinalWeightsIfNothingBetter(SegmentationStage& stage);
    // status.json's iteration; rewritten every log interval.
    void endIteration(long long iteration);
    void finish(long long iteration);

private:
    void writeStatus();
    void keepBestPerModel(const TrainingValidationReport& report, SegmentationStage& stage);
    void save(const std::filesystem::path& file, SegmentationStage& stage, TrainingCheckpointState state);

    const TrainingPlan& plan_;
    TaskControl& control_;
    TrainingObserver* observer_;
    bool writes_;
    RunRecord record_;
    RunFolder folder_;
    RunStatus status_;
    TrainingCheckpointState checkpoint_;
    std::map<std::string, double> lossSums_;
    int summed_ = 0;
    double secondsPerIteration_ = 0.0;
};

} // namespace crossseg
