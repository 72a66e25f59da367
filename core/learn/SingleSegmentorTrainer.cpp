#include "core/learn/SingleSegmentorTrainer.h"

#include "core/learn/Losses.h"

namespace crossseg {

SingleSegmentorTrainer::SingleSegmentorTrainer(const UNetOptions& unet, const TrainingProfile& profile,
                                               torch::Device device)
    : device_(device) {
    UNet network(unet);
    network->to(device);
    addNetwork("single", network, profile.learningRate, profile.weightDecay);
}

std::map<std::string, double> SingleSegmentorTrainer::step(const std::vector<StreamBatch>& batch,
                                                            double learningRate, long long iteration) {
    std::vector<torch::Tensor> images, labels;
    for (const auto& stream : batch) {
        images.push_back(stream.images);
        labels.push_back(stream.labels);
    }
    const torch::Tensor x = torch::cat(images).to(device_);
    const torch::Tensor y = torch::cat(labels).to(device_);
    UNet& network = networks_.at("single");
    torch::optim::Adam& optimizer = *optimizers_.at("single");
    network->train();
    const torch::Tensor loss = losses::supervised(network->forward(x), y);
    requireFinite({{"sup", loss}}, iteration);
    setLearningRate(optimizer, learningRate);
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    return {{"sup", loss.item<double>()}};
}

} // namespace crossseg
