#pragma once
#include <torch/torch.h>

namespace crossseg {

// A 3x3, stride-2, padding-1, output-padding-1 transposed convolution (the ResNet generator's up-sampling layer)
// computed as a 2x2 convolution to 4x the channels followed by a pixel shuffle ("sub-pixel convolution"): each
// output phase (even/odd row, even/odd column) is a small ordinary convolution of the input. Same parameters as
// ConvTranspose2d (weight in x out x 3 x 3, bias; initialised by drawing the same random numbers), same function
// up to float rounding, so checkpoints are interchangeable. Why: Debian's LibTorch has no oneDNN path for
// ConvTranspose2d (im2col + OpenBLAS), while the 2x2 convolution runs on oneDNN. The dense 2x2 kernel holds 16 taps
// where 9 are used (7 zeros), so it does more arithmetic and still wins.
class SubPixelTransposedConvImpl : public torch::nn::Module {
public:
    SubPixelTransposedConvImpl(int in, int out);
    torch::Tensor forward(const torch::Tensor& x);

private:
    int in_, out_;
    torch::Tensor weight_, bias_;
};
TORCH_MODULE(SubPixelTransposedConv);

} // namespace crossseg
