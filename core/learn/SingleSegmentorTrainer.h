#pragma once
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/TrainingProfile.h"

namespace crossseg {

// One U-Net trained with L_sup on every labelled stream of the batch at once: target-only (labelled CT),
// assistant-only (MR, applied to CT unchanged: the no-adaptation baseline) and joint (CT and MR together).
class SingleSegmentorTrainer : public SegmentationTrainer {
public:
    SingleSegmentorTrainer(const UNetOptions& unet, const TrainingProfile& profile, torch::Device device);
    std::map<std::string, double> step(const std::vector<StreamBatch>& batch, double learningRate,
                                       long long iteration) override;
    std::map<std::string, UNet> segmentors() const override { return networks_; }

private:
    torch::Device device_;
};

} // namespace crossseg
