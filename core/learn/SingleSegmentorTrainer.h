#pragma once
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/TrainingProfile.h"

#include <vector>

namespace crossseg {

// One U-Net trained with L_sup on every labelled stream of the batch at once: target-only (labelled CT),
// assistant-only (MR, applied to CT unchanged: the no-adaptation baseline) and joint (CT and MR together).
// `streamDomains` gives each stream's normalisation domain (joint with two domains: CT 0, MR 1); when all streams
// share one domain the streams go through the network as one batch, as they always did.
class SingleSegmentorTrainer : public SegmentationTrainer {
public:
    SingleSegmentorTrainer(const UNetOptions& unet, const TrainingProfile& profile, torch::Device device,
                           std::vector<int64_t> streamDomains = {}, GradientSync* gradientSync = nullptr);
    std::map<std::string, double> step(const std::vector<StreamBatch>& batch, double learningRate,
                                       long long iteration) override;
    std::map<std::string, UNet> segmentors() const override { return networks_; }

private:
    torch::Tensor logits(UNet& network, const std::vector<StreamBatch>& batch);

    torch::Device device_;
    std::vector<int64_t> streamDomains_;
};

} // namespace crossseg
