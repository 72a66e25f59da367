#include "core/learn/SubPixelTransposedConv.h"

namespace crossseg {

SubPixelTransposedConvImpl::SubPixelTransposedConvImpl(int in, int out) : in_(in), out_(out) {
    torch::nn::ConvTranspose2d reference(
        torch::nn::ConvTranspose2dOptions(in, out, 3).stride(2).padding(1).output_padding(1));
    weight_ = register_parameter("weight", reference->weight.detach().clone());
    bias_ = register_parameter("bias", reference->bias.detach().clone());
}

torch::Tensor SubPixelTransposedConvImpl::forward(const torch::Tensor& x) {
    // Output row 2m + p of the transposed convolution (stride 2, padding 1) receives input row m through kernel
    // row 1 when p = 0, and input rows m and m + 1 through kernel rows 2 and 0 when p = 1 (columns alike). So a
    // 2x2 convolution over the input, padded by one row and column at the end, with tap d of phase p taken from
    // kernel row kTap[p][d] (3: a zero row appended to the kernel) gives phase p exactly.
    static const int64_t kTap[2][2] = {{1, 3}, {2, 0}};
    namespace F = torch::nn::functional;
    const torch::Tensor padded = F::pad(weight_, F::PadFuncOptions({0, 1, 0, 1})); // in x out x 4 x 4
    // The tap indices live on the weight's device: index_select on a CUDA tensor refuses a CPU index.
    const auto taps = [&](int phase) {
        const auto options = torch::TensorOptions().dtype(torch::kLong).device(padded.device());
        return torch::tensor({kTap[phase][0], kTap[phase][1]}, options);
    };
    std::vector<torch::Tensor> phases;
    for (int p = 0; p < 2; ++p) {
        const torch::Tensor rows = padded.index_select(2, taps(p));
        for (int q = 0; q < 2; ++q) phases.push_back(rows.index_select(3, taps(q)).permute({1, 0, 2, 3}));
    }
    // out x 4 x in x 2 x 2 -> channel o * 4 + p * 2 + q, the order pixel_shuffle(2) expects.
    const torch::Tensor kernel = torch::stack(phases, 1).reshape({4 * out_, in_, 2, 2});
    const torch::Tensor bias = bias_.unsqueeze(1).expand({out_, 4}).reshape({4 * out_});
    return torch::pixel_shuffle(torch::conv2d(F::pad(x, F::PadFuncOptions({0, 1, 0, 1})), kernel, bias), 2);
}

} // namespace crossseg
