#pragma once
#include <torch/torch.h>

#include <map>
#include <string>

namespace crossseg {

// The 2D U-Net both segmentors use: `depth` down-sampling steps, each level two 3x3 conv -> norm -> ReLU blocks,
// channels doubling per level from `baseChannels`; max-pool down, 2x up-sampling, skip concatenation; a 1x1
// conv to class logits. Input N x inChannels x H x W with H and W divisible by 2^depth.
// The defaults give the original network, parameter for parameter and bit for bit, so old checkpoints load.
struct UNetOptions {
    int inChannels = 1;
    int classes = 2;
    int depth = 4;
    int baseChannels = 16;
    std::string normalization = "batch"; // "batch" | "instance"
    // 1: one normalisation layer per block (the original). N > 1: shared convolutions, one normalisation layer per
    // input domain (DomainNormalization), chosen by forward's `domain`.
    int normalizationDomains = 1;
    // "transposed": 2x2 stride-2 ConvTranspose2d (the original). "pixel-shuffle": the same parameters and the same
    // function, computed as a 1x1 convolution to 4x the channels followed by a pixel shuffle (Debian's LibTorch has
    // no oneDNN path for ConvTranspose2d; results differ from "transposed" by float rounding only, checkpoints are
    // interchangeable). "bilinear": a 1x1 convolution, then bilinear 2x up-sampling (other parameters).
    std::string upsampling = "transposed";
    // Keep parameters and activations in channels-last (NHWC) layout, oneDNN's native one.
    bool channelsLast = false;
};

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetOptions& options);
    // `domain` picks the normalisation layers (0 .. normalizationDomains - 1); throws std::out_of_range beyond.
    torch::Tensor forward(torch::Tensor x, int64_t domain = 0);

    const UNetOptions& options() const { return options_; }

    // Inference only: folds each batch normalisation (the layers of `domain`, with their running statistics) into
    // the convolution before it, w' = w * g / sqrt(v + eps) and b' = b - m * g / sqrt(v + eps), so that a forward
    // runs convolution -> ReLU per block: one pass over the activations fewer, the same function up to float
    // rounding. Irreversible (the convolution weights are rescaled in place), so a folded network must not be
    // trained or saved: train(true) throws, and so does a forward with another domain. Returns false and changes
    // nothing for instance normalisation, whose statistics come from each image.
    bool foldNormalizationForInference(int64_t domain = 0);
    bool normalizationFolded() const { return foldedDomain_ >= 0; }
    void train(bool on = true) override;
    // Floating-point operations of one forward pass of one H x W image (multiply-add = 2), counted from the
    // layer shapes: convolutions and up-sampling convolutions (norms, activations and pooling are negligible).
    double forwardFlops(int height, int width) const;

private:
    torch::Tensor runBlock(torch::nn::SequentialImpl& block, torch::Tensor x, int64_t domain);
    void requireDomain(int64_t domain) const;

    UNetOptions options_;
    torch::nn::ModuleList encoder_{nullptr};
    torch::nn::ModuleList upsamplers_{nullptr};
    torch::nn::ModuleList decoder_{nullptr};
    torch::nn::Conv2d head_{nullptr};
    // Set by foldNormalizationForInference: the folded domain and, per block convolution, the bias that replaces
    // its normalisation.
    int64_t foldedDomain_ = -1;
    std::map<const torch::nn::Conv2dImpl*, torch::Tensor> foldedBias_;
};
TORCH_MODULE(UNet);

} // namespace crossseg
