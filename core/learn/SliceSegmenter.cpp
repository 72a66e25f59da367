#include "core/learn/SliceSegmenter.h"

#include "core/util/InputError.h"

namespace crossseg {

SliceSegmenter::SliceSegmenter(std::map<std::string, UNet> segmentors, torch::Device device)
    : segmentors_(std::move(segmentors)), device_(device) {}

std::vector<std::string> SliceSegmenter::models() const {
    if (segmentors_.count("real") && segmentors_.count("syn")) return {"ensemble", "real", "syn"};
    return {"single"};
}

std::string SliceSegmenter::defaultModel() const { return models().front(); }

torch::Tensor SliceSegmenter::ensembleProbabilities(const std::vector<torch::Tensor>& logits) {
    torch::Tensor sum = torch::softmax(logits.at(0), 1);
    for (std::size_t i = 1; i < logits.size(); ++i) sum = sum + torch::softmax(logits[i], 1);
    return sum / double(logits.size());
}

torch::Tensor SliceSegmenter::logits(const std::string& name, const torch::Tensor& images) {
    UNet& network = segmentors_.at(name);
    const bool wasTraining = network->is_training();
    network->eval();
    c10::InferenceMode inference;
    torch::Tensor out = network->forward(images.to(device_));
    network->train(wasTraining);
    return out;
}

torch::Tensor SliceSegmenter::probabilities(const torch::Tensor& images, const std::string& model) {
    if (model == "ensemble" && segmentors_.count("real") && segmentors_.count("syn"))
        return ensembleProbabilities({logits("real", images), logits("syn", images)}).to(torch::kCPU);
    if (!segmentors_.count(model)) {
        std::string known;
        for (const auto& m : models()) known += (known.empty() ? "" : ", ") + m;
        throw InputError("model '" + model + "' is not part of this run (available: " + known + ")");
    }
    return torch::softmax(logits(model, images), 1).to(torch::kCPU);
}

std::map<std::string, torch::Tensor> SliceSegmenter::probabilitiesOfAllModels(const torch::Tensor& images) {
    std::map<std::string, torch::Tensor> out;
    if (segmentors_.count("real") && segmentors_.count("syn")) {
        const torch::Tensor real = logits("real", images), syn = logits("syn", images);
        out["ensemble"] = ensembleProbabilities({real, syn}).to(torch::kCPU);
        out["real"] = torch::softmax(real, 1).to(torch::kCPU);
        out["syn"] = torch::softmax(syn, 1).to(torch::kCPU);
        return out;
    }
    for (const auto& model : models()) out[model] = torch::softmax(logits(model, images), 1).to(torch::kCPU);
    return out;
}

} // namespace crossseg
