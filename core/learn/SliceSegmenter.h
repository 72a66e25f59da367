#pragma once
#include "core/learn/UNet.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace crossseg {

// Inference on batches of slices with a run's segmentors: "single", "real", "syn", or "ensemble" (the average
// of the softmaxes of S_real and S_syn). Networks run in eval mode without gradients; their training/eval state
// is restored afterwards, so validation can run in the middle of training.
class SliceSegmenter {
public:
    SliceSegmenter(std::map<std::string, UNet> segmentors, torch::Device device);

    std::vector<std::string> models() const;       // {"single"} or {"ensemble", "real", "syn"}
    std::string defaultModel() const;              // "ensemble" when there are two segmentors, else "single"

    // images: N x 1 x H x W -> class probabilities N x C x H x W (on the CPU).
    torch::Tensor probabilities(const torch::Tensor& images, const std::string& model);

    // The ensemble rule on logits: mean over networks of softmax(logits, classes axis).
    static torch::Tensor ensembleProbabilities(const std::vector<torch::Tensor>& logits);

private:
    torch::Tensor logits(const std::string& name, const torch::Tensor& images);

    std::map<std::string, UNet> segmentors_;
    torch::Device device_;
};

} // namespace crossseg
