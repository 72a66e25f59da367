#include "core/learn/PatchDiscriminator.h"

#include <algorithm>
#include <stdexcept>

namespace crossseg {
namespace {
int channelsAt(const PatchDiscriminatorOptions& o, int step) { return o.channels * std::min(1 << step, 8); }
} // namespace

PatchDiscriminatorImpl::PatchDiscriminatorImpl(const PatchDiscriminatorOptions& options) : options_(options) {
    if (options.channels < 1 || options.layers < 1)
        throw std::invalid_argument("PatchDiscriminator: channels and layers must be positive");
    using torch::nn::Conv2dOptions;
    const auto leaky = [] { return torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2).inplace(true)); };
    body_ = torch::nn::Sequential();
    body_->push_back(torch::nn::Conv2d(Conv2dOptions(options.inChannels, options.channels, 4).stride(2).padding(1)));
    body_->push_back(leaky());
    for (int step = 1; step <= options.layers; ++step) {
        const bool last = step == options.layers;  // the last of these keeps the resolution
        body_->push_back(torch::nn::Conv2d(
            Conv2dOptions(channelsAt(options, step - 1), channelsAt(options, step), 4).stride(last ? 1 : 2).padding(1)));
        body_->push_back(torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(channelsAt(options, step)).affine(true)));
        body_->push_back(leaky());
    }
    body_->push_back(torch::nn::Conv2d(Conv2dOptions(channelsAt(options, options.layers), 1, 4).stride(1).padding(1)));
    register_module("body", body_);
}

torch::Tensor PatchDiscriminatorImpl::forward(torch::Tensor x) { return body_->forward(x); }

double PatchDiscriminatorImpl::forwardFlops(int height, int width) const {
    // Output size of a 4x4 conv with padding 1: (n + 2 - 4) / stride + 1.
    auto out = [](int n, int stride) { return (n - 2) / stride + 1; };
    double flops = 0.0;
    int h = out(height, 2), w = out(width, 2);
    flops += 2.0 * h * w * options_.inChannels * options_.channels * 16;
    for (int step = 1; step <= options_.layers; ++step) {
        const int stride = step == options_.layers ? 1 : 2;
        h = out(h, stride);
        w = out(w, stride);
        flops += 2.0 * h * w * channelsAt(options_, step - 1) * channelsAt(options_, step) * 16;
    }
    h = out(h, 1);
    w = out(w, 1);
    flops += 2.0 * h * w * channelsAt(options_, options_.layers) * 16;
    return flops;
}

} // namespace crossseg
