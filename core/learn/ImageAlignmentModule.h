#pragma once
#include "core/learn/PatchDiscriminator.h"
#include "core/learn/ResnetGenerator.h"
#include "core/learn/TrainingProfile.h"

#include <torch/torch.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace crossseg {

// The Image Alignment Module: CycleGAN between the assistant (MR) and target (CT) slice domains, trained on
// unpaired slices without any target label. G_a->t is what the segmentation stage uses; G_t->a and the two
// PatchGAN discriminators exist to train it. Losses: least-squares adversarial, cycle-consistency L1 weighted
// `cycleWeight`, identity L1 weighted identityWeight * cycleWeight (CycleGAN's convention; 0 disables it).
class ImageAlignmentModule {
public:
    ImageAlignmentModule(const TrainingProfile& profile, double cycleWeight, double identityWeight,
                         torch::Device device);

    // One generator step then one discriminator step. Throws NonFiniteLoss naming a NaN/Inf term.
    std::map<std::string, double> step(const torch::Tensor& assistant, const torch::Tensor& target,
                                       double learningRate, long long iteration);

    ResnetGenerator assistantToTarget() const { return assistantToTarget_; }

    void save(const std::filesystem::path& file);                        // atomically
    void load(const std::filesystem::path& file, torch::Device device);  // throws InputError when unusable

    // FLOPs of one step on n slices of H x W per domain (forward + backward counted as 3x forward).
    double stepFlops(int n, int height, int width) const;

private:
    double cycleWeight_, identityWeight_;
    torch::Device device_;
    ResnetGenerator assistantToTarget_, targetToAssistant_;
    PatchDiscriminator targetCritic_, assistantCritic_;
    std::map<std::string, std::unique_ptr<torch::optim::Adam>> optimizers_; // one per network
};

} // namespace crossseg
