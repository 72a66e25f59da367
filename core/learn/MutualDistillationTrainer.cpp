#include "core/learn/MutualDistillationTrainer.h"

#include "core/learn/Losses.h"

namespace crossseg {

MutualDistillationTrainer::MutualDistillationTrainer(const UNetOptions& unet, const TrainingProfile& profile,
                                                     double temperature, double kdWeight, torch::Device device,
                                                     ResnetGenerator assistantToTarget)
    : temperature_(temperature), kdWeight_(kdWeight), device_(device), assistantToTarget_(assistantToTarget) {
    // Two segmentors of the same architecture, each with its own initialisation and optimiser.
    for (const char* name : {"real", "syn"}) {
        UNet network(unet);
        network->to(device);
        addNetwork(name, network, profile.learningRate, profile.weightDecay);
    }
    if (assistantToTarget_) {
        assistantToTarget_->to(device);
        assistantToTarget_->eval();
    }
}

torch::Tensor MutualDistillationTrainer::alignAssistant(const torch::Tensor& assistantImages) {
    if (!assistantToTarget_) return assistantImages;
    torch::NoGradGuard noGrad;
    return assistantToTarget_->forward(assistantImages.to(device_));
}

std::map<std::string, double> MutualDistillationTrainer::step(const std::vector<StreamBatch>& batch,
                                                               double learningRate, long long iteration) {
    const torch::Tensor xt = batch.at(0).images.to(device_);
    const torch::Tensor yt = batch.at(0).labels.to(device_);
    const torch::Tensor xs = alignAssistant(batch.at(1).images.to(device_));
    const torch::Tensor ya = batch.at(1).labels.to(device_);
    // Target slices the S_real -> S_syn term distils on: the labelled ones plus unlabelled ones when present.
    const torch::Tensor xtAll = batch.size() > 2 ? torch::cat({xt, batch[2].images.to(device_)}) : xt;
    const int64_t labelled = xt.size(0);

    UNet& real = networks_.at("real");
    UNet& syn = networks_.at("syn");
    real->train();
    syn->train();
    const torch::Tensor realOnTarget = real->forward(xtAll);
    const torch::Tensor synOnSynthetic = syn->forward(xs);
    const torch::Tensor realOnSynthetic = real->forward(xs);
    const torch::Tensor synOnTarget = syn->forward(xtAll);

    std::map<std::string, torch::Tensor> terms{
        {"real_sup", losses::supervised(realOnTarget.slice(0, 0, labelled), yt)},
        {"real_kd", losses::distillation(synOnSynthetic, realOnSynthetic, temperature_)},
        {"syn_sup", losses::supervised(synOnSynthetic, ya)},
        {"syn_kd", losses::distillation(realOnTarget, synOnTarget, temperature_)},
    };
    requireFinite(terms, iteration);
    const torch::Tensor total =
        terms["real_sup"] + kdWeight_ * terms["real_kd"] + terms["syn_sup"] + kdWeight_ * terms["syn_kd"];
    for (auto& [name, optimizer] : optimizers_) {
        setLearningRate(*optimizer, learningRate);
        optimizer->zero_grad();
    }
    total.backward();
    for (auto& [name, optimizer] : optimizers_) optimizer->step();

    std::map<std::string, double> values;
    for (const auto& [name, value] : terms) values[name] = value.item<double>();
    values["total"] = total.item<double>();
    return values;
}

} // namespace crossseg
