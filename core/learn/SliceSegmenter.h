#pragma once
#include "core/learn/UNet.h"

#include <torch/torch.h>

#include <cstdint>
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

    // The networks a model runs: {"real", "syn"} for the ensemble, else the model's own network.
    static std::vector<std::string> networksOf(const std::string& model);

    // images: N x 1 x H x W -> class probabilities N x C x H x W (on the CPU).
    torch::Tensor probabilities(const torch::Tensor& images, const std::string& model);
    // Every model's probabilities (on the CPU) for one batch, each network run once: the ensemble reuses the
    // logits of "real" and "syn" (validation and evaluation of every model at the cost of two forwards).
    std::map<std::string, torch::Tensor> probabilitiesOfAllModels(const torch::Tensor& images);
    // The probabilities of the given models (on the CPU), each network running at most once for the batch; every
    // value is identical to that of probabilities(images, model). InputError for a model this run lacks.
    std::map<std::string, torch::Tensor> probabilitiesOf(const torch::Tensor& images,
                                                         const std::vector<std::string>& models);

    // argmax over the classes axis of N x C x H x W probabilities (any layout, at most 256 classes) into
    // N x H x W class indices: the same indices as torch's argmax(1), faster on channels-last tensors.
    static void classIndices(const torch::Tensor& probabilities, std::uint8_t* out);

    // The ensemble rule on logits: mean over networks of softmax(logits, classes axis).
    static torch::Tensor ensembleProbabilities(const std::vector<torch::Tensor>& logits);

private:
    torch::Tensor logits(const std::string& name, const torch::Tensor& images);
    void requireModel(const std::string& model) const;

    std::map<std::string, UNet> segmentors_;
    torch::Device device_;
};

} // namespace crossseg
