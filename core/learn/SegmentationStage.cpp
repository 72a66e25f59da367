#include "core/learn/SegmentationStage.h"

#include "core/distributed/DataShard.h"
#include "core/distributed/GradientSync.h"
#include "core/learn/TrainingPlan.h"

#include <chrono>
#include <cmath>

namespace crossseg {
namespace {

std::unique_ptr<SegmentationTrainer> createTrainer(const TrainingPlan& plan, const ImageAlignmentStage::Result& iam) {
    // The networks' initialisation depends on the seed only (not on whether an IAM was trained or reused).
    torch::manual_seed(plan.config.seed);
    return SegmentationTrainer::create(plan.config, plan.profile, plan.classes, plan.device,
                                       TrainerInputs{iam.assistantToTarget, iam.module, plan.gradientSync});
}

TrainingCheckpointState resumeInto(const TrainingPlan& plan, SegmentationTrainer& trainer) {
    TrainingCheckpointState state;
    if (plan.config.resume)
        state = TrainingCheckpoint::load(plan.record.latestCheckpoint(), trainer, plan.device);
    // Every rank starts from rank 0's networks (a no-op in a single-process run).
    for (auto& [name, network] : trainer.segmentors()) plan.gradientSync->broadcastFromRankZero(*network);
    return state;
}

} // namespace

SegmentationStage::SegmentationStage(TrainingPlan& plan, const ImageAlignmentStage::Result& iam)
    : plan_(plan),
      trainer_(createTrainer(plan, iam)),
      resumed_(resumeInto(plan, *trainer_)),
      done_(resumed_.iteration),
      total_(plan.profile.iterations),
      streams_(*plan.method, plan.data.labeledTarget, plan.data.assistant, plan.data.unlabeledTarget, plan.profile),
      loader_(std::make_unique<SliceBatchLoader>(streams_.streams(), SliceAugmenter(plan.profile),
                                                 DataShard::loaderSeed(plan.config.seed, plan.gradientSync->rank()),
                                                 done_, total_, plan.profile.loaderThreads,
                                                 plan.profile.prefetchBatches)),
      validator_(std::move(plan.data.validationCases), plan.classes, plan.profile.batchSize * 2),
      segmenter_(trainer_->segmentors(), plan.device),
      selectionModel_(segmenter_.defaultModel()) {}

SegmentationStage::~SegmentationStage() = default;

SegmentationStep SegmentationStage::step() {
    const auto started = std::chrono::steady_clock::now();
    const auto batch = loader_->next();
    SegmentationStep result;
    // Polynomial decay (power 0.9), a function of the iteration only: resumes continue it exactly.
    result.learningRate = plan_.profile.learningRate * std::pow(1.0 - double(done_) / double(total_), 0.9);
    result.losses = trainer_->step(batch, result.learningRate, done_ + 1);
    result.iteration = ++done_;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

bool SegmentationStage::validationDue() const {
    return done_ % plan_.profile.validationInterval == 0 || done_ == total_;
}

bool SegmentationStage::checkpointDue() const {
    return done_ % plan_.profile.checkpointInterval == 0 || done_ == total_;
}

TrainingValidationReport SegmentationStage::validate() {
    synchronizeForCheckpoint();
    TrainingValidationReport report = validator_.evaluate(segmenter_, selectionModel_);
    report.iteration = int(done_);
    return report;
}

void SegmentationStage::synchronizeForCheckpoint() {
    for (auto& [name, network] : trainer_->segmentors()) plan_.gradientSync->averageBuffers(*network);
}

} // namespace crossseg
