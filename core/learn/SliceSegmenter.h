#pragma once
#include "core/learn/UNet.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace crossseg {

// Inference on batches of slices with a run's segmentors: "single", "real", "syn", or "ensemble" (the average
// of the softmaxes of S_real and S_syn). Networks run in eval mode under InferenceMode (no autograd bookkeeping);
// their training/eval state is restored afterwards, so validation can run in the middle of training. Networks
// with domain-specific normalisation run with their target (CT) domain, domain 0.
class SliceSegmenter {
public:
    SliceSegmenter(std::map<std::string, UNet> segmentors, torch::Device device);

    std::vector<std::string> models() const;       // {"single"} or {"ensemble", "real", "syn"}
    std::string defaultModel() const;              // "ensemble" when there are two segmentors, else "single"

    // images: N x 1 x H x W -> class probabilities N x C x H x W (on the CPU).
    torch::Tensor probabilities(const torch::Tensor& images, const std::string& model);
    // Every model's probabilities (on the CPU) for one batch, each network run once: the ensemble reuses the
    // logits of "real" and "syn" (validation and evaluation of every model at the cost of two forwards).
    std::map<std::string, torch::Tensor> probabilitiesOfAllModels(const torch::Tensor& images);

    // The ensemble rule on logits: mean over networks of softmax(logits, classes axis).
    static torch::Tensor ensembleProbabilities(const std::vector<torch::Tensor>& logits);

private:
    torch::Tensor logits(const std::string& name, const torch::Tensor& images);

    std::map<std::string, UNet> segmentors_;
    torch::Device device_;
};

} // namespace crossseg
