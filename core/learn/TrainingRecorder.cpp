#include "core/learn/TrainingRecorder.h"

#include "core/learn/SegmentationStage.h"
#include "core/learn/TrainingPlan.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <chrono>

namespace crossseg {

TrainingRecorder::TrainingRecorder(const TrainingPlan& plan, TaskControl& control, TrainingObserver* observer)
    : plan_(plan), control_(control), observer_(observer), writes_(plan.writesRunFolder()), record_(plan.record),
      folder_(plan.config.runDir) {
    const TrainingCheckpointState& resumed = plan.resumed;
    status_.iteration = resumed.iteration;
    status_.totalIterations = plan.profile.iterations;
    if (resumed.bestDice >= 0) status_.bestMeanDice = resumed.bestDice;
    status_.bestIteration = resumed.bestIteration;
    folder_.loadMetrics(resumed.iteration);
}

void TrainingRecorder::message(const std::string& text) {
    log::info(text);
    if (observer_) observer_->onMessage(text);
}

void TrainingRecorder::writeConfig() {
    if (writes_) record_.writeConfig();
}

void TrainingRecorder::writeStatus() {
    if (writes_) record_.writeStatus(status_);
}

void TrainingRecorder::enterStage(const std::string& stage, const std::string& text) {
    status_.stage = stage;
    setState(RunState::Running, text);
}

void TrainingRecorder::setState(RunState state, const std::string& text) {
    status_.state = state;
    status_.message = text;
    writeStatus();
}

void TrainingRecorder::waitIfPaused(long long iteration, const std::string& runningText) {
    if (control_.isPaused()) {
        // Tell status.json readers (the Studio, scripts) why nothing moves, then wait.
        setState(RunState::Paused, "paused at iteration " + std::to_string(iteration));
        control_.checkpoint();
        setState(RunState::Running, runningText);
    }
    control_.checkpoint();
}

void TrainingRecorder::beginSegmentation(const TrainingCheckpointState& resumed) {
    checkpoint_ = resumed;
    checkpoint_.config = record_.toJson();
    if (!plan_.profile.keepBestPerModel) return;
    // Each model's best so far, from its own checkpoint (a resumed run keeps improving on it).
    for (const std::string& model : record_.models()) {
        const auto file = record_.bestCheckpointOf(model);
        if (!std::filesystem::exists(file)) continue;
        const TrainingCheckpointState best = TrainingCheckpoint::readState(file);
        status_.bestPerModel[model] = {best.bestDice, best.bestIteration};
    }
}

void TrainingRecorder::recordStep(const SegmentationStep& step, long long total) {
    const long long done = step.iteration;
    secondsPerIteration_ =
        secondsPerIteration_ == 0.0 ? step.seconds : 0.9 * secondsPerIteration_ + 0.1 * step.seconds;
    for (const auto& [name, value] : step.losses) lossSums_[name] += value;
    ++summed_;
    if (observer_) {
        TrainingIterationReport report;
        report.stage = "segmentation";
        report.iteration = int(done);
        report.totalIterations = int(total);
        report.losses = step.losses;
        report.secondsPerIteration = secondsPerIteration_;
        report.etaSeconds = secondsPerIteration_ * double(total - done);
        observer_->onIteration(report);
    }
    control_.report("train", double(done) / double(total),
                    "iteration " + std::to_string(done) + "/" + std::to_string(total));
    if (done % plan_.profile.logInterval == 0 || done == total) {
        nlohmann::json line{{"kind", "train"}, {"stage", "segmentation"}, {"iteration", done},
                            {"learning_rate", step.learningRate}, {"seconds_per_iteration", secondsPerIteration_}};
        for (const auto& [name, sum] : lossSums_) line["losses"][name] = sum / summed_;
        if (writes_) folder_.appendMetrics(line);
        lossSums_.clear();
        summed_ = 0;
    }
}

void TrainingRecorder::recordValidation(TrainingValidationReport report, SegmentationStage& stage) {
    const long long done = stage.iteration();
    const std::string& selectionModel = stage.selectionModel();
    report.isBest = report.selectionDice > checkpoint_.bestDice;
    nlohmann::json line{{"kind", "validation"}, {"iteration", done},
                        {"mean_dice", report.selectionDice}, {"selection_model", selectionModel},
                        {"per_class_dice", report.perClassDice.at(selectionModel)}};
    for (const auto& [model, dice] : report.meanDice) line["models"][model]["mean_dice"] = dice;
    for (const auto& [model, dice] : report.perClassDice) line["models"][model]["per_class_dice"] = dice;
    if (writes_) folder_.appendMetrics(line);
    if (report.isBest) {
        checkpoint_.bestDice = report.selectionDice;
        checkpoint_.bestIteration = done;
        checkpoint_.iteration = done;
        save(record_.bestCheckpoint(), stage, checkpoint_);
        status_.bestMeanDice = checkpoint_.bestDice;
        status_.bestIteration = done;
    }
    if (plan_.profile.keepBestPerModel) keepBestPerModel(report, stage);
    if (observer_) observer_->onValidation(report);
}

void TrainingRecorder::keepBestPerModel(const TrainingValidationReport& report, SegmentationStage& stage) {
    const long long done = stage.iteration();
    for (const auto& [model, dice] : report.meanDice) {
        const auto previous = status_.bestPerModel.find(model);
        if (previous != status_.bestPerModel.end() && !(dice > previous->second.meanDice)) continue;
        TrainingCheckpointState state = checkpoint_;
        state.bestDice = dice;
        state.bestIteration = done;
        state.iteration = done;
        save(record_.bestCheckpointOf(model), stage, state);
        status_.bestPerModel[model] = {dice, done};
    }
}

void TrainingRecorder::saveLatest(SegmentationStage& stage) {
    checkpoint_.iteration = stage.iteration();
    status_.iteration = stage.iteration();
    save(record_.latestCheckpoint(), stage, checkpoint_);
}

void TrainingRecorder::keepFinalWeightsIfNothingBetter(SegmentationStage& stage) {
    if (stage.canValidate() && std::filesystem::exists(record_.bestCheckpoint())) return;
    // No validation possible: the final weights are the best we have.
    checkpoint_.iteration = stage.iteration();
    save(record_.bestCheckpoint(), stage, checkpoint_);
}

void TrainingRecorder::save(const std::filesystem::path& file, SegmentationStage& stage,
                            TrainingCheckpointState state) {
    stage.synchronizeForCheckpoint();
    if (writes_) TrainingCheckpoint::save(file, stage.trainer(), state);
}

void TrainingRecorder::endIteration(long long iteration) {
    status_.iteration = iteration;
    if (iteration % plan_.profile.logInterval == 0) writeStatus();
}

void TrainingRecorder::finish(long long iteration) {
    status_.iteration = iteration;
    setState(RunState::Finished, "finished " + std::to_string(iteration) + " iterations");
}

} // namespace crossseg
