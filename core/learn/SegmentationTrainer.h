#pragma once
#include "core/learn/ResnetGenerator.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/UNet.h"

#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace crossseg {

struct TrainingConfig;
struct TrainingProfile;

// The segmentation stage of one method: its networks, their optimisers (one per network, kept for the whole
// run), and one optimisation step per iteration. The batch holds the streams TrainingRun prepared for the
// method, in this order: labelled target, labelled assistant, unlabelled target (those the method uses).
class SegmentationTrainer {
public:
    virtual ~SegmentationTrainer() = default;

    // Which streams the method needs, in batch order: "target", "assistant", "unlabeled_target".
    static std::vector<std::string> streamsFor(const std::string& method, bool haveUnlabeledTarget);
    // The trainer of `method`; `assistantToTarget` is the trained IAM generator for mkd-iam (else nullptr).
    static std::unique_ptr<SegmentationTrainer> create(const TrainingConfig& config, const TrainingProfile& profile,
                                                       int classes, torch::Device device,
                                                       ResnetGenerator assistantToTarget);

    // One step at `learningRate`. Returns every loss term by name. Every term is checked before any weight
    // changes: a NaN or Inf throws NonFiniteLoss naming it.
    virtual std::map<std::string, double> step(const std::vector<StreamBatch>& batch, double learningRate,
                                               long long iteration) = 0;

    // The segmentors by name: {"single"} or {"real", "syn"}.
    virtual std::map<std::string, UNet> segmentors() const = 0;

    void save(torch::serialize::OutputArchive& archive);
    void load(torch::serialize::InputArchive& archive); // throws c10::Error when a part is missing or misshapen

    // Module::load replaces tensors whatever their shape; this also checks that every parameter and buffer
    // keeps its shape, throwing c10::Error otherwise.
    static void loadNetwork(torch::nn::Module& network, torch::serialize::InputArchive& archive);

protected:
    void addNetwork(const std::string& name, UNet network, double learningRate, double weightDecay);
    static void setLearningRate(torch::optim::Adam& optimizer, double learningRate);
    static void requireFinite(const std::map<std::string, torch::Tensor>& terms, long long iteration);

    std::map<std::string, UNet> networks_;
    std::map<std::string, std::unique_ptr<torch::optim::Adam>> optimizers_;
};

} // namespace crossseg
