#include "core/learn/UpsamplingLayer.h"

#include <stdexcept>

namespace crossseg {

UpsamplingLayerImpl::UpsamplingLayerImpl(const std::string& mode, int in, int out) : mode_(mode), in_(in), out_(out) {
    if (!isKnownMode(mode)) throw std::invalid_argument("UpsamplingLayer: mode must be " + knownModes());
    // Borrow the reference layers' initialisation, so that the parameters (and the random numbers drawn for them)
    // are exactly those of the layer each mode stands for.
    if (mode == "bilinear") {
        torch::nn::Conv2d reference(torch::nn::Conv2dOptions(in, out, 1));
        weight_ = register_parameter("weight", reference->weight.detach().clone());
        bias_ = register_parameter("bias", reference->bias.detach().clone());
    } else {
        torch::nn::ConvTranspose2d reference(torch::nn::ConvTranspose2dOptions(in, out, 2).stride(2));
        weight_ = register_parameter("weight", reference->weight.detach().clone());
        bias_ = register_parameter("bias", reference->bias.detach().clone());
    }
}

torch::Tensor UpsamplingLayerImpl::forward(const torch::Tensor& x) {
    if (mode_ == "transposed") return torch::conv_transpose2d(x, weight_, bias_, /*stride*/ 2);
    if (mode_ == "pixel-shuffle") {
        // out[n, o, 2i + a, 2j + b] = bias[o] + sum_c x[n, c, i, j] * weight[c, o, a, b]: a 1x1 convolution whose
        // output channel o * 4 + a * 2 + b holds phase (a, b) of channel o, which pixel_shuffle(2) puts in place.
        const torch::Tensor kernel = weight_.permute({1, 2, 3, 0}).reshape({4 * out_, in_, 1, 1});
        const torch::Tensor bias = bias_.unsqueeze(1).expand({out_, 4}).reshape({4 * out_});
        return torch::pixel_shuffle(torch::conv2d(x, kernel, bias), 2);
    }
    // Bilinear: the 1x1 convolution first, at the low resolution (it commutes with the interpolation, whose
    // weights sum to one, bias included), then the interpolation.
    const torch::Tensor y = torch::conv2d(x, weight_, bias_);
    namespace F = torch::nn::functional;
    return F::interpolate(y, F::InterpolateFuncOptions()
                                 .size(std::vector<int64_t>{2 * x.size(2), 2 * x.size(3)})
                                 .mode(torch::kBilinear)
                                 .align_corners(false));
}

double UpsamplingLayerImpl::macsPerOutputPixel() const {
    // transposed / pixel-shuffle: each output pixel receives one input pixel times one kernel tap per (in, out)
    // pair; bilinear: the 1x1 convolution runs on a quarter of the output pixels.
    return mode_ == "bilinear" ? double(in_) * out_ / 4.0 : double(in_) * out_;
}

bool UpsamplingLayerImpl::isKnownMode(const std::string& mode) {
    return mode == "transposed" || mode == "pixel-shuffle" || mode == "bilinear";
}

std::string UpsamplingLayerImpl::knownModes() { return "'transposed', 'pixel-shuffle' or 'bilinear'"; }

} // namespace crossseg
