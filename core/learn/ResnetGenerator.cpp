#include "core/learn/ResnetGenerator.h"

#include "core/learn/SubPixelTransposedConv.h"

#include <stdexcept>

namespace crossseg {
namespace {
torch::nn::InstanceNorm2d instanceNorm(int channels) {
    return torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(channels).affine(true));
}
} // namespace

ResnetGeneratorImpl::ResnetGeneratorImpl(const ResnetGeneratorOptions& options) : options_(options) {
    if (options.channels < 1 || options.residualBlocks < 0)
        throw std::invalid_argument("ResnetGenerator: channels must be positive");
    if (options.upsampling != "transposed" && options.upsampling != "pixel-shuffle")
        throw std::invalid_argument("ResnetGenerator: upsampling must be 'transposed' or 'pixel-shuffle'");
    const int c = options.channels;
    using torch::nn::Conv2dOptions;
    encoder_ = register_module("encoder", torch::nn::Sequential(
        torch::nn::ReflectionPad2d(3), torch::nn::Conv2d(Conv2dOptions(options.inChannels, c, 7)), instanceNorm(c),
        torch::nn::ReLU(true),
        torch::nn::Conv2d(Conv2dOptions(c, 2 * c, 3).stride(2).padding(1)), instanceNorm(2 * c), torch::nn::ReLU(true),
        torch::nn::Conv2d(Conv2dOptions(2 * c, 4 * c, 3).stride(2).padding(1)), instanceNorm(4 * c),
        torch::nn::ReLU(true)));
    residuals_ = register_module("residuals", torch::nn::ModuleList());
    for (int b = 0; b < options.residualBlocks; ++b)
        residuals_->push_back(torch::nn::Sequential(
            torch::nn::ReflectionPad2d(1), torch::nn::Conv2d(Conv2dOptions(4 * c, 4 * c, 3)), instanceNorm(4 * c),
            torch::nn::ReLU(true),
            torch::nn::ReflectionPad2d(1), torch::nn::Conv2d(Conv2dOptions(4 * c, 4 * c, 3)), instanceNorm(4 * c)));
    // The decoder is built in one expression per mode, as it always was: the order in which the compiler
    // evaluates the layer arguments decides which random numbers initialise which layer, and the default must
    // keep the original initialisation. The pixel-shuffle twin draws the same numbers (same expression shape).
    using torch::nn::ConvTranspose2dOptions;
    if (options.upsampling == "pixel-shuffle")
        decoder_ = register_module("decoder", torch::nn::Sequential(
            SubPixelTransposedConv(4 * c, 2 * c), instanceNorm(2 * c), torch::nn::ReLU(true),
            SubPixelTransposedConv(2 * c, c), instanceNorm(c), torch::nn::ReLU(true),
            torch::nn::ReflectionPad2d(3), torch::nn::Conv2d(Conv2dOptions(c, options.outChannels, 7)), torch::nn::Tanh()));
    else
        decoder_ = register_module("decoder", torch::nn::Sequential(
            torch::nn::ConvTranspose2d(ConvTranspose2dOptions(4 * c, 2 * c, 3).stride(2).padding(1).output_padding(1)),
            instanceNorm(2 * c), torch::nn::ReLU(true),
            torch::nn::ConvTranspose2d(ConvTranspose2dOptions(2 * c, c, 3).stride(2).padding(1).output_padding(1)),
            instanceNorm(c), torch::nn::ReLU(true),
            torch::nn::ReflectionPad2d(3), torch::nn::Conv2d(Conv2dOptions(c, options.outChannels, 7)), torch::nn::Tanh()));
}

torch::Tensor ResnetGeneratorImpl::forward(torch::Tensor x) {
    x = encoder_->forward(x);
    for (const auto& block : *residuals_) x = x + block->as<torch::nn::Sequential>()->forward(x);
    return decoder_->forward(x);
}

double ResnetGeneratorImpl::forwardFlops(int height, int width) const {
    const double full = double(height) * width, half = full / 4.0, quarter = full / 16.0;
    const double c = options_.channels;
    double flops = 2.0 * full * options_.inChannels * c * 49;          // stem
    flops += 2.0 * half * c * 2 * c * 9 + 2.0 * quarter * 2 * c * 4 * c * 9;  // down-sampling
    flops += options_.residualBlocks * 2 * (2.0 * quarter * 4 * c * 4 * c * 9);
    flops += 2.0 * quarter * 4 * c * 2 * c * 9 + 2.0 * half * 2 * c * c * 9;  // transposed convs, per input pixel
    flops += 2.0 * full * c * options_.outChannels * 49;               // head
    return flops;
}

} // namespace crossseg
