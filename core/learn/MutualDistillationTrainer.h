#pragma once
#include "core/learn/ResnetGenerator.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/TrainingProfile.h"

namespace crossseg {

// Online mutual knowledge distillation between two U-Nets (Li et al., AAAI 2020):
//   S_real: L_sup(S_real(x^t), y^t) + lambda_kd * KD(teacher S_syn(x^a->t), student S_real(x^a->t))
//   S_syn:  L_sup(S_syn(x^a->t), y^a) + lambda_kd * KD(teacher S_real(x^t), student S_syn(x^t))
// where x^t also includes unlabelled target slices (the S_real -> S_syn term needs no label). Both networks step
// every iteration; teachers are detached, so one backward of the sum updates each only through its own loss.
// x^a->t = G_a->t(x^a) recomputed on the augmented MR batch (mkd-iam), or x^a itself without an IAM (mkd).
class MutualDistillationTrainer : public SegmentationTrainer {
public:
    MutualDistillationTrainer(const UNetOptions& unet, const TrainingProfile& profile, double temperature,
                              double kdWeight, torch::Device device, ResnetGenerator assistantToTarget);
    std::map<std::string, double> step(const std::vector<StreamBatch>& batch, double learningRate,
                                       long long iteration) override;
    std::map<std::string, UNet> segmentors() const override { return networks_; }

    // x^a->t for a batch of assistant slices (the input itself without an IAM).
    torch::Tensor alignAssistant(const torch::Tensor& assistantImages);

private:
    double temperature_, kdWeight_;
    torch::Device device_;
    ResnetGenerator assistantToTarget_{nullptr};
};

} // namespace crossseg
