#pragma once
#include <torch/torch.h>

#include <string>

namespace crossseg {

// The U-Net's 2x up-sampling step from `in` to `out` channels, in one of three modes:
//   "transposed"     a 2x2 stride-2 transposed convolution (ConvTranspose2d): the original layer.
//   "pixel-shuffle"  the same parameters (weight in x out x 2 x 2, bias) and the same function, computed as a 1x1
//                    convolution to 4 * out channels followed by a pixel shuffle. Debian's LibTorch has no oneDNN
//                    path for ConvTranspose2d (im2col + GEMM), while a 1x1 convolution runs on oneDNN. Results
//                    differ from "transposed" by float rounding only; checkpoints load in either mode.
//   "bilinear"       a 1x1 convolution (weight out x in x 1 x 1, bias) followed by bilinear 2x up-sampling: fewer
//                    FLOPs, another function class, checkpoints of the other modes do not load.
// Parameters are named "weight" and "bias" and initialised as ConvTranspose2d / Conv2d initialise them (drawing
// the same random numbers), so the default mode keeps the original network bit for bit.
class UpsamplingLayerImpl : public torch::nn::Module {
public:
    UpsamplingLayerImpl(const std::string& mode, int in, int out);
    torch::Tensor forward(const torch::Tensor& x);

    // Multiply-adds of one forward pass per output pixel of the layer.
    double macsPerOutputPixel() const;
    static bool isKnownMode(const std::string& mode);
    static std::string knownModes(); // for error messages

private:
    std::string mode_;
    int in_, out_;
    torch::Tensor weight_, bias_;
};
TORCH_MODULE(UpsamplingLayer);

} // namespace crossseg
