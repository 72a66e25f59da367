#include "core/learn/TrainingRun.h"

#include "core/distributed/GradientSync.h"
#include "core/distributed/RunFolderLock.h"
#include "core/learn/ImageAlignmentStage.h"
#include "core/learn/NonFiniteLoss.h"
#include "core/learn/SegmentationStage.h"
#include "core/learn/TrainingPlan.h"
#include "core/learn/TrainingRecorder.h"
#include "core/util/ContentDigest.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>

namespace crossseg {
namespace {

const char* const kAlignmentMessage = "stage 1: image alignment module";
const char* const kSegmentationMessage = "stage 2: segmentation";

// Stage 1 (methods that need the IAM): trains it, or reuses one trained before on the same data; records where
// it lies in config.json. Returns what stage 2 needs of it (nothing for other methods).
ImageAlignmentStage::Result alignImages(TrainingPlan& plan, TrainingRecorder& recorder, TaskControl& control) {
    if (!plan.method->needsIam) return {};
    std::vector<std::string> targetCases = plan.selection.labeledTarget;
    targetCases.insert(targetCases.end(), plan.selection.unlabeledTarget.begin(), plan.selection.unlabeledTarget.end());
    std::sort(targetCases.begin(), targetCases.end());
    const SlicePool target = plan.slicesOf(targetCases, false);
    // The assistant pool stage 2 uses, labels kept (read only by the IAM's organ-first MR sampling): not read again.
    const SlicePool& assistant = plan.data.assistant;
    const SlicePool* labeledTarget = &plan.data.labeledTarget;
    ContentDigest slices;
    assistant.addTo(slices);
    target.addTo(slices);
    const auto description = ImageAlignmentStage::describe(plan.config, plan.profile, slices.hex(),
                                                           plan.selection.assistant, targetCases, labeledTarget);
    recorder.enterStage("iam", kAlignmentMessage);
    IamReference reference;
    reference.hash = ImageAlignmentStage::hashOf(description);
    reference.folder = ImageAlignmentStage::cacheRoot(plan.config) / reference.hash;
    reference.cycleWeight = plan.config.cycleWeight;
    reference.identityWeight = IamReference::identityWeightOf(plan.config, plan.profile);
    recorder.record().iam = reference;
    recorder.writeConfig();
    // Each IAM iteration waits through the recorder, which says so in status.json while the run is paused.
    const auto waitPoint = [&](int iteration) { recorder.waitIfPaused(iteration, kAlignmentMessage); };
    auto iam = ImageAlignmentStage::obtain(plan.config, plan.profile, description, assistant, target, plan.device,
                                           control, recorder.observer(), recorder.metrics(), labeledTarget,
                                           plan.gradientSync, waitPoint);
    recorder.record().iam->reused = iam.reused;
    return iam;
}

// Stage 2: the loop. Cancel keeps what was learnt: the latest checkpoint is the state after the last iteration.
void segment(TrainingPlan& plan, const ImageAlignmentStage::Result& iam, TrainingRecorder& recorder,
             TaskControl& control) {
    SegmentationStage stage(plan, iam);
    if (plan.config.resume) recorder.message("resuming at iteration " + std::to_string(stage.resumed().iteration));
    recorder.beginSegmentation(stage.resumed());
    recorder.enterStage("segmentation", kSegmentationMessage);
    try {
        while (!stage.finished()) {
            // A cancel that reached one rank (Ctrl-C, SIGTERM) stops every rank at the same iteration.
            if (plan.gradientSync->anyRank(control.isCancelRequested())) control.requestCancel();
            recorder.waitIfPaused(stage.iteration(), kSegmentationMessage);
            recorder.recordStep(stage.step(), stage.total());
            if (stage.validationDue() && stage.canValidate()) recorder.recordValidation(stage.validate(), stage);
            if (stage.checkpointDue()) recorder.saveLatest(stage);
            recorder.endIteration(stage.iteration());
        }
        recorder.keepFinalWeightsIfNothingBetter(stage);
    } catch (const TaskCancelled&) {
        recorder.saveLatest(stage);
        throw;
    }
    recorder.finish(stage.iteration());
}

} // namespace

struct TrainingRun::Impl {
    TrainingConfig config;
    std::optional<TrainingProfile> profile;
    GradientSync* gradientSync = nullptr;
};

TrainingRun::TrainingRun(TrainingConfig config) : impl_(std::make_unique<Impl>()) { impl_->config = std::move(config); }

TrainingRun::TrainingRun(TrainingConfig config, TrainingProfile resolvedProfile) : TrainingRun(std::move(config)) {
    impl_->profile = std::move(resolvedProfile);
}

TrainingRun::~TrainingRun() = default;

void TrainingRun::setGradientSync(GradientSync& sync) { impl_->gradientSync = &sync; }

const TrainingConfig& TrainingRun::config() const { return impl_->config; }

void TrainingRun::run(TaskControl& control, TrainingObserver* observer) {
    const TrainingProfile profile = impl_->profile ? *impl_->profile : TrainingProfile::resolve(impl_->config.profile, impl_->config.profileOverrides);
    TrainingPlan plan = TrainingPlan::make(impl_->config, profile, impl_->gradientSync);
    // One writer per run folder: a second training into it fails here, naming the first (rank 0 writes alone).
    std::optional<RunFolderLock> lock;
    if (plan.writesRunFolder()) lock.emplace(plan.config.runDir);
    TrainingRecorder recorder(plan, control, observer);
    for (const auto& note : plan.selection.notes) recorder.message(note);
    if (!plan.deviceMessage.empty()) {
        log::warn(plan.deviceMessage);
        if (observer) observer->onMessage(plan.deviceMessage);
    }
    try {
        const ImageAlignmentStage::Result iam = alignImages(plan, recorder, control);
        recorder.writeConfig();
        segment(plan, iam, recorder, control);
    } catch (const TaskCancelled&) {
        recorder.setState(RunState::Cancelled, "cancelled by the user; resume with --resume");
        throw;
    } catch (const NonFiniteLoss& e) {
        const std::string text = std::string(e.what()) + ": training stopped; the last good checkpoint (" +
                                 plan.record.latestCheckpoint().string() + ") is intact";
        recorder.setState(RunState::Failed, text);
        throw std::runtime_error(text);
    } catch (const std::exception& e) {
        recorder.setState(RunState::Failed, e.what());
        throw;
    }
}

} // namespace crossseg
