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

class GradientSync;

// The Image Alignment Module: CycleGAN between the assistant (MR) and target (CT) slice domains, trained on
// unpaired slices without any target label. G_a->t is what the segmentation stage uses; G_t->a and the two
// PatchGAN discriminators exist to train it. Losses: least-squares adversarial, cycle-consistency L1 weighted
// `cycleWeight`, identity L1 weighted identityWeight * cycleWeight (CycleGAN's convention; 0 disables it and
// saves 2 of the 6 generator passes).
// A step is a generator pass (critics frozen: no gradient is computed for them) and a critic pass. Stage 2 of
// iam_mode end-to-end drives the two passes itself, adding S_syn's supervised loss to the generators' objective.
class ImageAlignmentModule {
public:
    ImageAlignmentModule(const TrainingProfile& profile, double cycleWeight, double identityWeight,
                         torch::Device device);

    // One generator step then one discriminator step. Throws NonFiniteLoss naming a NaN/Inf term.
    std::map<std::string, double> step(const torch::Tensor& assistant, const torch::Tensor& target,
                                       double learningRate, long long iteration);

    // The generators' objective on one unpaired pair of batches (already on the device).
    struct GeneratorPass {
        torch::Tensor assistant, target;        // the inputs
        torch::Tensor fakeTarget, fakeAssistant; // G_a->t(assistant), G_t->a(target), with autograd history
        std::map<std::string, torch::Tensor> terms; // iam_gan_a2t, iam_gan_t2a, iam_cycle (, iam_identity)
        torch::Tensor loss;                     // the weighted sum the generators minimise
    };
    GeneratorPass generatorPass(const torch::Tensor& assistant, const torch::Tensor& target);
    void zeroGeneratorGradients();
    void stepGenerators(); // after backward of (a loss containing) GeneratorPass::loss
    // Critic losses on real slices and the pass's (detached) fakes: {"iam_critic_t", "iam_critic_a"}.
    std::map<std::string, torch::Tensor> criticTerms(const GeneratorPass& pass);
    // Backward of the critic terms and one step of both critics.
    void stepCritics(const std::map<std::string, torch::Tensor>& terms);
    void setLearningRate(double learningRate);
    // Fresh Adam states (stage 2 of end-to-end starts the same whether the IAM was just trained or reused).
    void resetOptimizers(double learningRate);
    void setGradientSync(GradientSync* sync);
    // Freeze the critics during the generator pass (the default; the results are identical, it saves the
    // critics' weight gradients). Off only to check that identity.
    void setFreezeCriticsInGeneratorPass(bool freeze) { freezeCritics_ = freeze; }
    void train(bool on);

    ResnetGenerator assistantToTarget() const { return assistantToTarget_; }

    void save(const std::filesystem::path& file);                        // atomically
    // Networks from iam.pt (save) or from an end-to-end run's training checkpoint (saveState inside it).
    void load(const std::filesystem::path& file, torch::Device device);  // throws InputError when unusable
    // Networks and optimiser states inside a checkpoint (end-to-end stage 2 resumes exactly).
    void saveState(torch::serialize::OutputArchive& archive);
    void loadState(torch::serialize::InputArchive& archive);             // throws c10::Error

    // FLOPs of one step on n slices of H x W per domain (forward + backward counted as 3x forward).
    double stepFlops(int n, int height, int width) const;

    // The stage-1 learning rate at 0-based iteration `iteration` of `total`: constant for the first half, then
    // linear towards zero (CycleGAN's schedule); the last iteration still has base * 2 / total.
    static double learningRateAt(long long iteration, long long total, double base);

private:
    std::map<std::string, torch::nn::Module*> networks();

    double cycleWeight_, identityWeight_;
    double learningRate_;
    torch::Device device_;
    bool freezeCritics_ = true;
    GradientSync* gradientSync_;
    ResnetGenerator assistantToTarget_, targetToAssistant_;
    PatchDiscriminator targetCritic_, assistantCritic_;
    std::map<std::string, std::unique_ptr<torch::optim::Adam>> optimizers_; // one per network
};

} // namespace crossseg
