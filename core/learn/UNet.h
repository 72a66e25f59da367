#pragma once
#include <torch/torch.h>

#include <string>

namespace crossseg {

// The 2D U-Net both segmentors use: `depth` down-sampling steps, each level two 3x3 conv -> norm -> ReLU blocks,
// channels doubling per level from `baseChannels`; max-pool down, transposed-conv up, skip concatenation; a 1x1
// conv to class logits. Input N x inChannels x H x W with H and W divisible by 2^depth.
struct UNetOptions {
    int inChannels = 1;
    int classes = 2;
    int depth = 4;
    int baseChannels = 16;
    std::string normalization = "batch"; // "batch" | "instance"
};

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetOptions& options);
    torch::Tensor forward(torch::Tensor x);

    const UNetOptions& options() const { return options_; }
    // Floating-point operations of one forward pass of one H x W image (multiply-add = 2), counted from the
    // layer shapes: convolutions and transposed convolutions (norms, activations and pooling are negligible).
    double forwardFlops(int height, int width) const;

private:
    UNetOptions options_;
    torch::nn::ModuleList encoder_{nullptr};
    torch::nn::ModuleList upsamplers_{nullptr};
    torch::nn::ModuleList decoder_{nullptr};
    torch::nn::Conv2d head_{nullptr};
};
TORCH_MODULE(UNet);

} // namespace crossseg
