#pragma once
#include "core/learn/MethodOptions.h"
#include "core/learn/ResnetGenerator.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/UNet.h"

#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace crossseg {

class GradientSync;
class ImageAlignmentModule;
struct MethodTraits;
struct TrainingConfig;
struct TrainingProfile;

// The input domains of segmentors with domain-specific normalisation (UNetOptions::normalizationDomains = 2).
// Inference on CT uses the default, kTargetDomain.
constexpr int64_t kTargetDomain = 0;    // real CT, labelled or not
constexpr int64_t kAssistantDomain = 1; // MR, aligned by the IAM or raw

// What stage 1 and the run hand to a trainer besides config and profile.
struct TrainerInputs {
    ResnetGenerator assistantToTarget{nullptr};          // the trained G_a->t (mkd-iam), else null
    std::shared_ptr<ImageAlignmentModule> alignment;      // the whole trained IAM: needed by iam_mode end-to-end
    GradientSync* gradientSync = nullptr;                 // called before every optimiser step; null: single process
};

// The segmentation stage of one method: its networks, their optimisers (one per network, kept for the whole
// run), and one optimisation step per iteration. The batch holds the streams of MethodTraits::streamsDrawn, in
// that order: labelled target, labelled assistant, unlabelled target (those the method uses).
class SegmentationTrainer {
public:
    virtual ~SegmentationTrainer() = default;

    // The trainer of config.method with the profile's MethodOptions (MethodOptions::of).
    static std::unique_ptr<SegmentationTrainer> create(const TrainingConfig& config, const TrainingProfile& profile,
                                                       int classes, torch::Device device, const TrainerInputs& inputs);
    // The same with only the IAM generator (staged mkd-iam) and the single-process gradient hook.
    static std::unique_ptr<SegmentationTrainer> create(const TrainingConfig& config, const TrainingProfile& profile,
                                                       int classes, torch::Device device,
                                                       ResnetGenerator assistantToTarget);
    // The segmentors' architecture for a profile (what Predictor builds to load a checkpoint), including its
    // normalization_domains for every method: methods that feed a segmentor one modality only use domain 0 and
    // leave the second domain's layers untouched.
    static UNetOptions unetOptions(const TrainingProfile& profile, int classes);

    // One step at `learningRate`. Returns every loss term by name. Every term is checked before any weight
    // changes: a NaN or Inf throws NonFiniteLoss naming it.
    virtual std::map<std::string, double> step(const std::vector<StreamBatch>& batch, double learningRate,
                                               long long iteration) = 0;

    // The segmentors by name: {"single"} or {"real", "syn"}.
    virtual std::map<std::string, UNet> segmentors() const = 0;

    // Networks and optimiser states (and whatever else a trainer must keep to resume exactly).
    virtual void save(torch::serialize::OutputArchive& archive);
    virtual void load(torch::serialize::InputArchive& archive); // throws c10::Error when a part is missing or misshapen

    // Module::load replaces tensors whatever their shape; this also checks that every parameter and buffer
    // keeps its shape, throwing c10::Error otherwise.
    static void loadNetwork(torch::nn::Module& network, torch::serialize::InputArchive& archive);

    // Every loss term's value from one device-to-host copy of the stacked terms (one synchronisation per step
    // instead of one per term). Throws NonFiniteLoss naming the first (by name) NaN or Inf term of `checked`;
    // `reported` terms (e.g. a total) are only read.
    static std::map<std::string, double> readTerms(const std::map<std::string, torch::Tensor>& checked,
                                                   const std::map<std::string, torch::Tensor>& reported,
                                                   long long iteration);

protected:
    explicit SegmentationTrainer(GradientSync* gradientSync);
    void addNetwork(const std::string& name, UNet network, double learningRate, double weightDecay);
    static void setLearningRate(torch::optim::Adam& optimizer, double learningRate);
    // Averages the network's gradients over the ranks (GradientSync), then steps its optimiser.
    void stepNetwork(const std::string& name);
    GradientSync& gradientSync() { return *gradientSync_; }

    std::map<std::string, UNet> networks_;
    std::map<std::string, std::unique_ptr<torch::optim::Adam>> optimizers_;

private:
    GradientSync* gradientSync_;
};

} // namespace crossseg
