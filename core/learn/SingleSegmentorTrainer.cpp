#include "core/learn/SingleSegmentorTrainer.h"

#include "core/learn/Losses.h"

#include <algorithm>

namespace crossseg {

SingleSegmentorTrainer::SingleSegmentorTrainer(const UNetOptions& unet, const TrainingProfile& profile,
                                               torch::Device device, std::vector<int64_t> streamDomains,
                                               GradientSync* gradientSync)
    : SegmentationTrainer(gradientSync), device_(device), streamDomains_(std::move(streamDomains)) {
    UNet network(unet);
    network->to(device);
    addNetwork("single", network, profile.learningRate, profile.weightDecay);
}

torch::Tensor SingleSegmentorTrainer::logits(UNet& network, const std::vector<StreamBatch>& batch) {
    const auto domainOf = [this](std::size_t stream) {
        return stream < streamDomains_.size() ? streamDomains_[stream] : kTargetDomain;
    };
    bool oneDomain = true;
    for (std::size_t s = 1; s < batch.size(); ++s) oneDomain = oneDomain && domainOf(s) == domainOf(0);
    if (oneDomain) {
        std::vector<torch::Tensor> images;
        for (const auto& stream : batch) images.push_back(stream.images);
        return network->forward(torch::cat(images).to(device_), domainOf(0));
    }
    // Each domain's slices through its own normalisation (its own batch statistics), in stream order.
    std::vector<torch::Tensor> out;
    for (std::size_t s = 0; s < batch.size(); ++s) out.push_back(network->forward(batch[s].images.to(device_), domainOf(s)));
    return torch::cat(out);
}

std::map<std::string, double> SingleSegmentorTrainer::step(const std::vector<StreamBatch>& batch,
                                                            double learningRate, long long iteration) {
    std::vector<torch::Tensor> labels;
    for (const auto& stream : batch) labels.push_back(stream.labels);
    const torch::Tensor y = torch::cat(labels).to(device_);
    UNet& network = networks_.at("single");
    torch::optim::Adam& optimizer = *optimizers_.at("single");
    network->train();
    const torch::Tensor loss = losses::supervised(logits(network, batch), y);
    const auto values = readTerms({{"sup", loss}}, {}, iteration);
    setLearningRate(optimizer, learningRate);
    optimizer.zero_grad();
    loss.backward();
    stepNetwork("single");
    return values;
}

} // namespace crossseg
