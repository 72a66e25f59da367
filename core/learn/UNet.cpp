#include "core/learn/UNet.h"

#include "core/learn/DomainNormalization.h"
#include "core/learn/UpsamplingLayer.h"

#include <stdexcept>

namespace crossseg {
namespace {

torch::nn::Sequential convNormRelu(int in, int out, const UNetOptions& options) {
    torch::nn::Sequential block;
    for (int i = 0; i < 2; ++i) {
        // No conv bias: the following normalisation removes it anyway.
        block->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(i == 0 ? in : out, out, 3).padding(1).bias(false)));
        if (options.normalizationDomains > 1)
            block->push_back(DomainNormalization(out, options.normalizationDomains, options.normalization));
        else if (options.normalization == "instance")
            block->push_back(torch::nn::InstanceNorm2d(torch::nn::InstanceNorm2dOptions(out).affine(true)));
        else
            block->push_back(torch::nn::BatchNorm2d(out));
        block->push_back(torch::nn::ReLU(torch::nn::ReLUOptions().inplace(true)));
    }
    return block;
}

int levelChannels(const UNetOptions& o, int level) { return o.baseChannels << level; }

void validate(const UNetOptions& options) {
    if (options.depth < 1 || options.baseChannels < 1 || options.classes < 2 || options.inChannels < 1)
        throw std::invalid_argument("UNet: depth, channels and classes must be positive (classes >= 2)");
    if (options.normalization != "batch" && options.normalization != "instance")
        throw std::invalid_argument("UNet: normalization must be 'batch' or 'instance'");
    if (options.normalizationDomains < 1)
        throw std::invalid_argument("UNet: normalization domains must be at least 1");
    if (!UpsamplingLayerImpl::isKnownMode(options.upsampling))
        throw std::invalid_argument("UNet: upsampling must be " + UpsamplingLayerImpl::knownModes());
}

} // namespace

UNetImpl::UNetImpl(const UNetOptions& options) : options_(options) {
    validate(options);
    encoder_ = register_module("encoder", torch::nn::ModuleList());
    upsamplers_ = register_module("upsamplers", torch::nn::ModuleList());
    decoder_ = register_module("decoder", torch::nn::ModuleList());
    for (int level = 0; level <= options.depth; ++level)
        encoder_->push_back(convNormRelu(level == 0 ? options.inChannels : levelChannels(options, level - 1),
                                         levelChannels(options, level), options));
    for (int level = options.depth - 1; level >= 0; --level) {
        const int below = levelChannels(options, level + 1);
        const int here = levelChannels(options, level);
        upsamplers_->push_back(UpsamplingLayer(options.upsampling, below, here));
        decoder_->push_back(convNormRelu(2 * here, here, options));
    }
    head_ = register_module("head", torch::nn::Conv2d(torch::nn::Conv2dOptions(options.baseChannels, options.classes, 1)));
    if (options.channelsLast) {
        torch::NoGradGuard noGrad;
        for (auto& p : parameters())
            if (p.dim() == 4) p.set_data(p.data().contiguous(torch::MemoryFormat::ChannelsLast));
    }
}

torch::Tensor UNetImpl::runBlock(torch::nn::SequentialImpl& block, torch::Tensor x, int64_t domain) {
    if (normalizationFolded()) {
        // Convolution with the folded bias, ReLU; the normalisation layers are part of the convolutions now.
        for (const auto& child : block.children()) {
            if (auto* conv = child->as<torch::nn::Conv2d>())
                x = torch::conv2d(x, conv->weight, foldedBias_.at(conv), /*stride*/ 1, /*padding*/ 1);
            else if (child->as<torch::nn::ReLU>())
                x = torch::relu_(x);
        }
        return x;
    }
    if (options_.normalizationDomains == 1) return block.forward(x);
    // With domain-specific normalisation the block is walked by hand: each norm layer needs the domain.
    for (const auto& child : block.children()) {
        if (auto* norm = child->as<DomainNormalization>())
            x = norm->forward(x, domain);
        else if (auto* conv = child->as<torch::nn::Conv2d>())
            x = conv->forward(x);
        else
            x = child->as<torch::nn::ReLU>()->forward(x);
    }
    return x;
}

void UNetImpl::requireDomain(int64_t domain) const {
    if (domain < 0 || domain >= options_.normalizationDomains)
        throw std::out_of_range("UNet: domain " + std::to_string(domain) + " requested, the network has " +
                                std::to_string(options_.normalizationDomains) + " normalisation domain(s)");
}

bool UNetImpl::foldNormalizationForInference(int64_t domain) {
    requireDomain(domain);
    if (options_.normalization != "batch") return false;
    if (normalizationFolded()) throw std::logic_error("UNet: normalisation is already folded");
    torch::NoGradGuard noGrad;
    auto fold = [&](torch::nn::SequentialImpl& block) {
        torch::nn::Conv2dImpl* conv = nullptr;
        for (const auto& child : block.children()) {
            torch::nn::BatchNorm2dImpl* norm = child->as<torch::nn::BatchNorm2d>();
            if (auto* domains = child->as<DomainNormalization>()) norm = domains->batchLayer(domain);
            if (auto* c = child->as<torch::nn::Conv2d>()) conv = c;
            if (!norm) continue;
            // runBlock's folded path computes each convolution as 3x3, stride 1, padding 1 (convNormRelu's).
            if (!conv || (*conv->options.kernel_size())[0] != 3 || conv->bias.defined())
                throw std::logic_error("UNet: a normalisation layer not preceded by a bias-free 3x3 convolution");
            const torch::Tensor scale = norm->weight / torch::sqrt(norm->running_var + norm->options.eps());
            conv->weight.mul_(scale.view({-1, 1, 1, 1}));
            foldedBias_[conv] = norm->bias - norm->running_mean * scale;
            conv = nullptr;
        }
    };
    for (const auto& block : *encoder_) fold(*block->as<torch::nn::Sequential>());
    for (const auto& block : *decoder_) fold(*block->as<torch::nn::Sequential>());
    foldedDomain_ = domain;
    eval();
    return true;
}

void UNetImpl::train(bool on) {
    if (on && normalizationFolded())
        throw std::logic_error("UNet: this network's normalisation is folded for inference; it cannot train");
    torch::nn::Module::train(on);
}

torch::Tensor UNetImpl::forward(torch::Tensor x, int64_t domain) {
    requireDomain(domain);
    if (normalizationFolded() && domain != foldedDomain_)
        throw std::logic_error("UNet: normalisation folded for domain " + std::to_string(foldedDomain_) +
                               ", forward asked for domain " + std::to_string(domain));
    if (options_.channelsLast) x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    std::vector<torch::Tensor> skips;
    for (int level = 0; level <= options_.depth; ++level) {
        if (level > 0) x = torch::max_pool2d(x, 2);
        x = runBlock(*encoder_[level]->as<torch::nn::Sequential>(), x, domain);
        if (level < options_.depth) skips.push_back(x);
    }
    for (int step = 0; step < options_.depth; ++step) {
        x = upsamplers_[step]->as<UpsamplingLayer>()->forward(x);
        x = torch::cat({skips[options_.depth - 1 - step], x}, 1);
        x = runBlock(*decoder_[step]->as<torch::nn::Sequential>(), x, domain);
    }
    return head_->forward(x);
}

double UNetImpl::forwardFlops(int height, int width) const {
    auto conv = [](double pixels, int in, int out, int kernel) { return 2.0 * pixels * in * out * kernel * kernel; };
    double flops = 0.0;
    for (int level = 0; level <= options_.depth; ++level) {
        const double pixels = double(height >> level) * double(width >> level);
        const int in = level == 0 ? options_.inChannels : levelChannels(options_, level - 1);
        const int out = levelChannels(options_, level);
        flops += conv(pixels, in, out, 3) + conv(pixels, out, out, 3);
    }
    for (int step = 0; step < options_.depth; ++step) {
        const int level = options_.depth - 1 - step;
        const double pixels = double(height >> level) * double(width >> level);
        const int here = levelChannels(options_, level);
        flops += 2.0 * pixels * upsamplers_->ptr(std::size_t(step))->as<UpsamplingLayer>()->macsPerOutputPixel();
        flops += conv(pixels, 2 * here, here, 3) + conv(pixels, here, here, 3);
    }
    flops += conv(double(height) * width, options_.baseChannels, options_.classes, 1);
    return flops;
}

} // namespace crossseg
