#pragma once
#include <torch/torch.h>

namespace crossseg {

// The PatchGAN discriminator of pix2pix/CycleGAN: 4x4 convs, `layers` stride-2 steps with channels doubling from
// `channels` (capped at 8x), instance norm and LeakyReLU(0.2), then two stride-1 convs down to one real/fake
// score per overlapping patch (no sigmoid: trained with the least-squares GAN loss).
struct PatchDiscriminatorOptions {
    int inChannels = 1;
    int channels = 64;
    int layers = 3;
};

class PatchDiscriminatorImpl : public torch::nn::Module {
public:
    explicit PatchDiscriminatorImpl(const PatchDiscriminatorOptions& options);
    torch::Tensor forward(torch::Tensor x);
    double forwardFlops(int height, int width) const; // one H x W image, multiply-add = 2

private:
    PatchDiscriminatorOptions options_;
    torch::nn::Sequential body_{nullptr};
};
TORCH_MODULE(PatchDiscriminator);

} // namespace crossseg
