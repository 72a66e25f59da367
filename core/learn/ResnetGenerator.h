#pragma once
#include <torch/torch.h>

#include <string>

namespace crossseg {

// CycleGAN's ResNet generator (Johnson et al.): 7x7 stem, two stride-2 down-sampling convs, `residualBlocks`
// residual blocks at 1/4 resolution, two transposed-conv up-sampling steps, 7x7 head with tanh, so the output
// lives in the slice cache's normalised [-1, 1] range. Instance norm and reflection padding throughout.
// H and W must be divisible by 4.
struct ResnetGeneratorOptions {
    int inChannels = 1;
    int outChannels = 1;
    int channels = 64;
    int residualBlocks = 9;
    // "transposed": ConvTranspose2d up-sampling (the original). "pixel-shuffle": the same parameters and function,
    // computed as a sub-pixel convolution (SubPixelTransposedConv; faster on Debian's LibTorch, equal up to float
    // rounding, checkpoints interchangeable).
    std::string upsampling = "transposed";
};

class ResnetGeneratorImpl : public torch::nn::Module {
public:
    explicit ResnetGeneratorImpl(const ResnetGeneratorOptions& options);
    torch::Tensor forward(torch::Tensor x);
    double forwardFlops(int height, int width) const; // one H x W image, multiply-add = 2

private:
    ResnetGeneratorOptions options_;
    torch::nn::Sequential encoder_{nullptr};
    torch::nn::ModuleList residuals_{nullptr};  // each adds its output to its input
    torch::nn::Sequential decoder_{nullptr};
};
TORCH_MODULE(ResnetGenerator);

} // namespace crossseg
