#pragma once
#include "core/learn/KdWeightSchedule.h"
#include "core/learn/MethodOptions.h"
#include "core/learn/ResnetGenerator.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/TrainingProfile.h"

#include <memory>

namespace crossseg {

class ImageAlignmentModule;

// Online mutual knowledge distillation between two U-Nets (Li et al., AAAI 2020):
//   S_real: L_sup(S_real(x^t), y^t) + lambda_kd(i) * KD(teacher S_syn(x^a->t), student S_real(x^a->t))
//   S_syn:  L_sup(S_syn(x^a->t), y^a) + lambda_kd(i) * KD(teacher S_real(x^t), student S_syn(x^t))
// where x^t also includes unlabelled target slices (the S_real -> S_syn term needs no label). Both networks step
// every iteration; teachers are detached, so one backward of the sum updates each only through its own loss.
// x^a->t = G_a->t(x^a) on the MR batch (mkd-iam), or x^a itself without an IAM (mkd). MethodOptions choose:
// the lambda_kd ramp (KdWeightSchedule); whether MR is translated before its augmentation (the batch then carries
// the pending augmentation); staged (G_a->t frozen) or end-to-end (G_a->t also minimises S_syn's L_sup, with
// its CycleGAN terms and critics, at iam_end_to_end_learning_rate); and a no-grad teacher forward on unlabelled CT.
// With two normalisation domains, CT goes through domain 0 and MR through domain 1 in both networks.
class MutualDistillationTrainer : public SegmentationTrainer {
public:
    struct Settings {
        double temperature = 2.0;
        double kdWeight = 0.5;
        MethodOptions options;
        ResnetGenerator assistantToTarget{nullptr};        // null: mkd (no IAM)
        std::shared_ptr<ImageAlignmentModule> alignment;    // required by iam_mode end-to-end
    };
    MutualDistillationTrainer(const UNetOptions& unet, const TrainingProfile& profile, const Settings& settings,
                              torch::Device device, GradientSync* gradientSync = nullptr);
    // Staged, with default options (benchmarks).
    MutualDistillationTrainer(const UNetOptions& unet, const TrainingProfile& profile, double temperature,
                              double kdWeight, torch::Device device, ResnetGenerator assistantToTarget);

    std::map<std::string, double> step(const std::vector<StreamBatch>& batch, double learningRate,
                                       long long iteration) override;
    std::map<std::string, UNet> segmentors() const override { return networks_; }
    void save(torch::serialize::OutputArchive& archive) override;
    void load(torch::serialize::InputArchive& archive) override;

    // x^a->t for a batch of assistant slices with the frozen generator (the input itself without an IAM).
    torch::Tensor alignAssistant(const torch::Tensor& assistantImages);
    bool endToEnd() const { return endToEnd_; }
    const KdWeightSchedule& kdWeight() const { return kdWeight_; }

private:
    torch::Tensor forward(UNet& network, const torch::Tensor& x, int64_t domain);
    // S_real on the target slices (labelled, then unlabelled): with teacher_forward_no_grad the unlabelled rows,
    // which only teach, run as a separate forward without autograd.
    torch::Tensor realOnTarget(UNet& real, const torch::Tensor& labelled, const torch::Tensor& unlabelled);

    double temperature_;
    KdWeightSchedule kdWeight_;
    MethodOptions options_;
    double baseLearningRate_;
    torch::Device device_;
    ResnetGenerator assistantToTarget_{nullptr};
    std::shared_ptr<ImageAlignmentModule> alignment_;
    bool endToEnd_ = false;
    bool twoDomains_ = false;
};

} // namespace crossseg
