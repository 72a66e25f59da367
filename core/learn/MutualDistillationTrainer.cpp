#include "core/learn/MutualDistillationTrainer.h"

#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/Losses.h"
#include "core/learn/SliceAugmenter.h"

#include <stdexcept>

namespace crossseg {

MutualDistillationTrainer::MutualDistillationTrainer(const UNetOptions& unet, const TrainingProfile& profile,
                                                     const Settings& settings, torch::Device device,
                                                     GradientSync* gradientSync)
    : SegmentationTrainer(gradientSync), temperature_(settings.temperature),
      kdWeight_(settings.kdWeight, settings.options.kdRamp, settings.options.kdRampFraction, profile.iterations),
      options_(settings.options), baseLearningRate_(profile.learningRate), device_(device),
      assistantToTarget_(settings.assistantToTarget), alignment_(settings.alignment),
      twoDomains_(unet.normalizationDomains > 1) {
    // Two segmentors of the same architecture, each with its own initialisation and optimiser.
    for (const char* name : {"real", "syn"}) {
        UNet network(unet);
        network->to(device);
        addNetwork(name, network, profile.learningRate, profile.weightDecay);
    }
    endToEnd_ = assistantToTarget_ && options_.iamMode == IamMode::EndToEnd;
    if (endToEnd_) {
        if (!alignment_) throw std::invalid_argument("iam_mode end-to-end needs the whole IAM, not only G_a->t");
        assistantToTarget_ = alignment_->assistantToTarget();
        // Fresh optimiser states: stage 2 starts the same whether the IAM was trained now or reused.
        alignment_->resetOptimizers(options_.iamEndToEndLearningRate);
        alignment_->setGradientSync(&this->gradientSync());
        alignment_->train(true);
    } else if (assistantToTarget_) {
        assistantToTarget_->to(device);
        assistantToTarget_->eval();
    }
}

MutualDistillationTrainer::MutualDistillationTrainer(const UNetOptions& unet, const TrainingProfile& profile,
                                                     double temperature, double kdWeight, torch::Device device,
                                                     ResnetGenerator assistantToTarget)
    : MutualDistillationTrainer(unet, profile, Settings{temperature, kdWeight, MethodOptions(), assistantToTarget, nullptr},
                                device) {}

torch::Tensor MutualDistillationTrainer::alignAssistant(const torch::Tensor& assistantImages) {
    if (!assistantToTarget_) return assistantImages;
    torch::NoGradGuard noGrad;
    return assistantToTarget_->forward(assistantImages.to(device_));
}

torch::Tensor MutualDistillationTrainer::forward(UNet& network, const torch::Tensor& x, int64_t domain) {
    return network->forward(x, twoDomains_ ? domain : kTargetDomain);
}

torch::Tensor MutualDistillationTrainer::realOnTarget(UNet& real, const torch::Tensor& labelled,
                                                      const torch::Tensor& unlabelled) {
    if (!unlabelled.defined()) return forward(real, labelled, kTargetDomain);
    if (!options_.teacherForwardNoGrad) return forward(real, torch::cat({labelled, unlabelled}), kTargetDomain);
    const torch::Tensor withGradient = forward(real, labelled, kTargetDomain);
    torch::Tensor teacherOnly;
    {
        torch::NoGradGuard noGrad;
        teacherOnly = forward(real, unlabelled, kTargetDomain);
    }
    return torch::cat({withGradient, teacherOnly});
}

std::map<std::string, double> MutualDistillationTrainer::step(const std::vector<StreamBatch>& batch,
                                                               double learningRate, long long iteration) {
    const torch::Tensor xt = batch.at(0).images.to(device_);
    const torch::Tensor yt = batch.at(0).labels.to(device_);
    const StreamBatch& assistant = batch.at(1);
    const torch::Tensor ya = assistant.labels.to(device_);
    const torch::Tensor xu = batch.size() > 2 ? batch[2].images.to(device_) : torch::Tensor();

    // x^a->t: frozen translation (staged), or the IAM's generator pass with autograd (end-to-end), whose GAN,
    // cycle and identity terms join the objective of G_a->t and G_t->a.
    ImageAlignmentModule::GeneratorPass iam;
    torch::Tensor xs;
    if (endToEnd_) {
        iam = alignment_->generatorPass(assistant.images.to(device_), xt);
        xs = iam.fakeTarget;
    } else {
        xs = alignAssistant(assistant.images.to(device_));
    }
    // translate_clean_assistant: the MR slice was translated clean; now it gets its augmentation.
    if (assistant.pendingImageAugmentation.defined())
        xs = SliceAugmenter::augmentImages(xs, assistant.pendingImageAugmentation.to(device_));
    // Only S_syn's supervised loss reaches the generator: S_real's distillation sees a detached copy.
    const torch::Tensor xsForReal = endToEnd_ ? xs.detach() : xs;
    const torch::Tensor xtAll = xu.defined() ? torch::cat({xt, xu}) : xt;
    const int64_t labelled = xt.size(0);

    UNet& real = networks_.at("real");
    UNet& syn = networks_.at("syn");
    real->train();
    syn->train();
    const torch::Tensor realOnTargetLogits = realOnTarget(real, xt, xu);
    const torch::Tensor synOnSynthetic = forward(syn, xs, kAssistantDomain);
    const torch::Tensor realOnSynthetic = forward(real, xsForReal, kAssistantDomain);
    const torch::Tensor synOnTarget = forward(syn, xtAll, kTargetDomain);

    std::map<std::string, torch::Tensor> terms{
        {"real_sup", losses::supervised(realOnTargetLogits.slice(0, 0, labelled), yt)},
        {"real_kd", losses::distillation(synOnSynthetic, realOnSynthetic, temperature_)},
        {"syn_sup", losses::supervised(synOnSynthetic, ya)},
        {"syn_kd", losses::distillation(realOnTargetLogits, synOnTarget, temperature_)},
    };
    const double kdWeight = kdWeight_.weightAt(iteration);
    const torch::Tensor total =
        terms["real_sup"] + kdWeight * terms["real_kd"] + terms["syn_sup"] + kdWeight * terms["syn_kd"];
    for (const auto& [name, value] : iam.terms) terms[name] = value;
    std::map<std::string, double> values = readTerms(terms, {{"total", total}}, iteration);
    if (kdWeight_.ramp() != KdWeightSchedule::Ramp::None) values["kd_weight"] = kdWeight;

    for (auto& [name, optimizer] : optimizers_) {
        setLearningRate(*optimizer, learningRate);
        optimizer->zero_grad();
    }
    if (endToEnd_) {
        // The IAM follows the segmentation schedule's decay from its own small rate.
        alignment_->setLearningRate(options_.iamEndToEndLearningRate * learningRate / baseLearningRate_);
        alignment_->zeroGeneratorGradients();
        (total + iam.loss).backward();
        alignment_->stepGenerators();
    } else {
        total.backward();
    }
    for (auto& [name, optimizer] : optimizers_) stepNetwork(name);
    if (endToEnd_) {
        const auto critics = alignment_->criticTerms(iam);
        for (const auto& [name, value] : readTerms(critics, {}, iteration)) values[name] = value;
        alignment_->stepCritics(critics);
    }
    return values;
}

void MutualDistillationTrainer::save(torch::serialize::OutputArchive& archive) {
    SegmentationTrainer::save(archive);
    if (!endToEnd_) return;
    torch::serialize::OutputArchive iam;
    alignment_->saveState(iam);
    archive.write("iam", iam);
}

void MutualDistillationTrainer::load(torch::serialize::InputArchive& archive) {
    SegmentationTrainer::load(archive);
    if (!endToEnd_) return;
    torch::serialize::InputArchive iam;
    archive.read("iam", iam);
    alignment_->loadState(iam);
}

} // namespace crossseg
