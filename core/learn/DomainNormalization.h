#pragma once
#include <torch/torch.h>

#include <string>

namespace crossseg {

// Domain-specific normalisation (Dou et al., unpaired multi-modal segmentation via knowledge distillation): one
// normalisation layer per input domain behind shared convolutions, so that the running statistics a segmentor
// uses on real CT are gathered from real CT alone and never mixed with aligned MR. forward(x, domain) normalises
// with the layer of `domain` (0 .. domains - 1) and updates only that layer's running statistics.
class DomainNormalizationImpl : public torch::nn::Module {
public:
    // kind: "batch" (BatchNorm2d) or "instance" (affine InstanceNorm2d), as UNetOptions::normalization.
    DomainNormalizationImpl(int channels, int domains, const std::string& kind);
    torch::Tensor forward(const torch::Tensor& x, int64_t domain);
    int domains() const { return int(layers_->size()); }
    // The batch normalisation layer of `domain`; nullptr for instance normalisation. Throws std::out_of_range.
    torch::nn::BatchNorm2dImpl* batchLayer(int64_t domain);

private:
    torch::nn::ModuleList layers_{nullptr};
};
TORCH_MODULE(DomainNormalization);

} // namespace crossseg
