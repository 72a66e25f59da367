#include "core/learn/SliceSegmenter.h"

#include "core/util/InputError.h"

#include <cmath>

namespace crossseg {

SliceSegmenter::SliceSegmenter(std::map<std::string, UNet> segmentors, torch::Device device)
    : segmentors_(std::move(segmentors)), device_(device) {}

std::vector<std::string> SliceSegmenter::models() const {
    if (segmentors_.count("real") && segmentors_.count("syn")) return {"ensemble", "real", "syn"};
    return {"single"};
}

std::string SliceSegmenter::defaultModel() const { return models().front(); }

std::vector<std::string> SliceSegmenter::networksOf(const std::string& model) {
    if (model == "ensemble") return {"real", "syn"};
    return {model};
}

torch::Tensor SliceSegmenter::ensembleProbabilities(const std::vector<torch::Tensor>& logits) {
    torch::Tensor sum = torch::softmax(logits.at(0), 1);
    for (std::size_t i = 1; i < logits.size(); ++i) sum = sum + torch::softmax(logits[i], 1);
    return sum / double(logits.size());
}

torch::Tensor SliceSegmenter::logits(const std::string& name, const torch::Tensor& images) {
    UNet& network = segmentors_.at(name);
    const bool wasTraining = network->is_training();
    network->eval();
    torch::Tensor out = network->forward(images.to(device_));
    network->train(wasTraining);
    return out;
}

void SliceSegmenter::requireModel(const std::string& model) const {
    const bool ensemble = model == "ensemble" && segmentors_.count("real") && segmentors_.count("syn");
    if (ensemble || (model != "ensemble" && segmentors_.count(model))) return;
    std::string known;
    for (const auto& m : models()) known += (known.empty() ? "" : ", ") + m;
    throw InputError("model '" + model + "' is not part of this run (available: " + known + ")");
}

torch::Tensor SliceSegmenter::probabilities(const torch::Tensor& images, const std::string& model) {
    return probabilitiesOf(images, {model}).at(model);
}

std::map<std::string, torch::Tensor> SliceSegmenter::probabilitiesOfAllModels(const torch::Tensor& images) {
    return probabilitiesOf(images, models());
}

std::map<std::string, torch::Tensor> SliceSegmenter::probabilitiesOf(const torch::Tensor& images,
                                                                      const std::vector<std::string>& models) {
    for (const auto& model : models) requireModel(model);
    // The whole batch (forwards, softmaxes, the ensemble's mean) without autograd bookkeeping.
    c10::InferenceMode inference;
    // Each network's softmax, computed at most once per batch and shared by every model that needs it: the
    // ensemble's mean is built from the very tensors "real" and "syn" return, so all three agree bit for bit
    // with separate calls (same operations, same order as ensembleProbabilities).
    std::map<std::string, torch::Tensor> softmaxOf;
    auto softmax = [&](const std::string& network) -> const torch::Tensor& {
        auto it = softmaxOf.find(network);
        if (it == softmaxOf.end()) it = softmaxOf.emplace(network, torch::softmax(logits(network, images), 1)).first;
        return it->second;
    };
    std::map<std::string, torch::Tensor> out;
    for (const auto& model : models) {
        if (out.count(model)) continue;
        out[model] = model == "ensemble" ? ((softmax("real") + softmax("syn")) / 2.0).to(torch::kCPU)
                                         : softmax(model).to(torch::kCPU);
    }
    return out;
}

void SliceSegmenter::classIndices(const torch::Tensor& probabilities, std::uint8_t* out) {
    // torch's argmax over the classes of a channels-last tensor takes a generic per-pixel reduction (about 6% of
    // an evaluation's CPU time); this loop over contiguous class planes gives the same indices: the first maximum,
    // NaN counting as the maximum, as torch does.
    const torch::Tensor p = probabilities.to(torch::kCPU, torch::kFloat).contiguous();
    const std::int64_t count = p.size(0), classes = p.size(1), area = p.size(2) * p.size(3);
    const float* data = p.data_ptr<float>();
    std::vector<float> best(static_cast<std::size_t>(area));
    for (std::int64_t n = 0; n < count; ++n) {
        const float* sample = data + n * classes * area;
        std::uint8_t* labels = out + n * area;
        std::copy(sample, sample + area, best.begin());
        std::fill(labels, labels + area, std::uint8_t(0));
        for (std::int64_t k = 1; k < classes; ++k) {
            const float* plane = sample + k * area;
            for (std::int64_t i = 0; i < area; ++i) {
                const float v = plane[i];
                if (v > best[i] || (std::isnan(v) && !std::isnan(best[i]))) {
                    best[i] = v;
                    labels[i] = static_cast<std::uint8_t>(k);
                }
            }
        }
    }
}

} // namespace crossseg
