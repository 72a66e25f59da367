#pragma once
#include "core/learn/ImageAlignmentStage.h"
#include "core/learn/SegmentationStreams.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/SegmentationValidator.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/TrainingCheckpoint.h"

#include <map>
#include <memory>
#include <string>

namespace crossseg {

struct TrainingPlan;

// What one segmentation iteration did.
struct SegmentationStep {
    long long iteration = 0;               // finished iterations after this one (1-based)
    std::map<std::string, double> losses;  // every loss term by name
    double learningRate = 0.0;
    double seconds = 0.0;                  // wall time of the iteration (batch wait + step)
};

// Stage 2 of every method (beside ImageAlignmentStage, stage 1 of mkd-iam): the method's trainer, the batches of
// the streams the method draws, and validation of every model the method produces. It only computes; what is
// recorded (metrics, status, checkpoints) is TrainingRecorder's. Every optimiser step passes through the plan's
// GradientSync (a no-op in a single-process run).
class SegmentationStage {
public:
    // Creates the trainer with the run's seed and, on --resume, loads the latest checkpoint into it. `iam`: what
    // stage 1 produced (empty for methods without the IAM). `plan` must outlive the stage; its validation cases
    // move into the stage.
    SegmentationStage(TrainingPlan& plan, const ImageAlignmentStage::Result& iam);
    ~SegmentationStage();
    SegmentationStage(const SegmentationStage&) = delete;
    SegmentationStage& operator=(const SegmentationStage&) = delete;

    // What the loaded checkpoint said (iteration 0 for a new run).
    const TrainingCheckpointState& resumed() const { return resumed_; }
    long long iteration() const { return done_; }
    long long total() const { return total_; }
    bool finished() const { return done_ >= total_; }

    // One iteration: the next batch, the learning rate of the schedule, one optimiser step per network.
    SegmentationStep step();

    bool canValidate() const { return !validator_.empty(); }
    bool validationDue() const;   // every validation_interval iterations, and at the end
    bool checkpointDue() const;   // every checkpoint_interval iterations, and at the end
    // Mean and per-class Dice of every model on the validation cases; selectionDice is the selection model's.
    TrainingValidationReport validate();
    // Before a checkpoint is written: every rank holds the same networks (BatchNorm statistics averaged).
    void synchronizeForCheckpoint();

    const std::string& selectionModel() const { return selectionModel_; }
    SegmentationTrainer& trainer() { return *trainer_; }

private:
    TrainingPlan& plan_;
    std::unique_ptr<SegmentationTrainer> trainer_;
    TrainingCheckpointState resumed_;
    long long done_ = 0, total_ = 0;
    SegmentationStreams streams_; // owns the restricted pools the loader's streams point into: before loader_
    std::unique_ptr<SliceBatchLoader> loader_;
    SegmentationValidator validator_;
    SliceSegmenter segmenter_;
    std::string selectionModel_;
};

} // namespace crossseg
