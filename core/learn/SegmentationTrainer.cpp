#include "core/learn/SegmentationTrainer.h"

#include "core/learn/MutualDistillationTrainer.h"
#include "core/learn/NonFiniteLoss.h"
#include "core/learn/SingleSegmentorTrainer.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <cmath>

namespace crossseg {

std::vector<std::string> SegmentationTrainer::streamsFor(const std::string& method, bool haveUnlabeledTarget) {
    if (method == "target-only") return {"target"};
    if (method == "assistant-only") return {"assistant"};
    if (method == "joint") return {"target", "assistant"};
    if (haveUnlabeledTarget) return {"target", "assistant", "unlabeled_target"};
    return {"target", "assistant"};
}

std::unique_ptr<SegmentationTrainer> SegmentationTrainer::create(const TrainingConfig& config,
                                                                 const TrainingProfile& profile, int classes,
                                                                 torch::Device device,
                                                                 ResnetGenerator assistantToTarget) {
    UNetOptions unet;
    unet.classes = classes;
    unet.depth = profile.unetDepth;
    unet.baseChannels = profile.unetBaseChannels;
    unet.normalization = profile.normalization;
    if (config.method == "mkd" || config.method == "mkd-iam")
        return std::make_unique<MutualDistillationTrainer>(unet, profile, config.kdTemperature, config.kdWeight, device,
                                                           config.method == "mkd-iam" ? assistantToTarget : ResnetGenerator(nullptr));
    return std::make_unique<SingleSegmentorTrainer>(unet, profile, device);
}

void SegmentationTrainer::addNetwork(const std::string& name, UNet network, double learningRate, double weightDecay) {
    networks_.emplace(name, network);
    optimizers_.emplace(name, std::make_unique<torch::optim::Adam>(
                                  network->parameters(),
                                  torch::optim::AdamOptions(learningRate).weight_decay(weightDecay)));
}

void SegmentationTrainer::setLearningRate(torch::optim::Adam& optimizer, double learningRate) {
    for (auto& group : optimizer.param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRate);
}

void SegmentationTrainer::requireFinite(const std::map<std::string, torch::Tensor>& terms, long long iteration) {
    for (const auto& [name, value] : terms) {
        const double v = value.item<double>();
        if (!std::isfinite(v)) throw NonFiniteLoss(name, v, iteration);
    }
}

void SegmentationTrainer::save(torch::serialize::OutputArchive& archive) {
    for (auto& [name, network] : networks_) {
        torch::serialize::OutputArchive model, optimizer;
        network->save(model);
        optimizers_.at(name)->save(optimizer);
        archive.write("model." + name, model);
        archive.write("optimizer." + name, optimizer);
    }
}

void SegmentationTrainer::loadNetwork(torch::nn::Module& network, torch::serialize::InputArchive& archive) {
    std::map<std::string, std::vector<int64_t>> shapes;
    for (const auto& p : network.named_parameters()) shapes[p.key()] = p.value().sizes().vec();
    for (const auto& b : network.named_buffers()) shapes[b.key()] = b.value().sizes().vec();
    network.load(archive);
    for (const auto& p : network.named_parameters())
        TORCH_CHECK(shapes[p.key()] == p.value().sizes().vec(), "parameter ", p.key(), " has shape ",
                    p.value().sizes(), " in the checkpoint, ", c10::IntArrayRef(shapes[p.key()]), " here");
    for (const auto& b : network.named_buffers())
        TORCH_CHECK(shapes[b.key()] == b.value().sizes().vec(), "buffer ", b.key(), " has another shape");
}

void SegmentationTrainer::load(torch::serialize::InputArchive& archive) {
    for (auto& [name, network] : networks_) {
        torch::serialize::InputArchive model, optimizer;
        archive.read("model." + name, model);
        archive.read("optimizer." + name, optimizer);
        loadNetwork(*network, model);
        optimizers_.at(name)->load(optimizer);
    }
}

} // namespace crossseg
