#include "core/learn/ImageAlignmentModule.h"

#include "core/learn/Losses.h"
#include "core/learn/NonFiniteLoss.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"

#include <cmath>

namespace crossseg {
namespace {
ResnetGeneratorOptions generatorOptions(const TrainingProfile& p) {
    ResnetGeneratorOptions o;
    o.channels = p.generatorChannels;
    o.residualBlocks = p.generatorResidualBlocks;
    return o;
}
PatchDiscriminatorOptions criticOptions(const TrainingProfile& p) {
    PatchDiscriminatorOptions o;
    o.channels = p.discriminatorChannels;
    o.layers = p.discriminatorLayers;
    return o;
}
} // namespace

ImageAlignmentModule::ImageAlignmentModule(const TrainingProfile& profile, double cycleWeight, double identityWeight,
                                           torch::Device device)
    : cycleWeight_(cycleWeight), identityWeight_(identityWeight), device_(device),
      assistantToTarget_(generatorOptions(profile)), targetToAssistant_(generatorOptions(profile)),
      targetCritic_(criticOptions(profile)), assistantCritic_(criticOptions(profile)) {
    const auto adam = [&](const std::vector<torch::Tensor>& parameters) {
        return std::make_unique<torch::optim::Adam>(
            parameters, torch::optim::AdamOptions(profile.iamLearningRate).betas(std::make_tuple(0.5, 0.999)));
    };
    assistantToTarget_->to(device);
    targetToAssistant_->to(device);
    targetCritic_->to(device);
    assistantCritic_->to(device);
    optimizers_["g_a2t"] = adam(assistantToTarget_->parameters());
    optimizers_["g_t2a"] = adam(targetToAssistant_->parameters());
    optimizers_["d_t"] = adam(targetCritic_->parameters());
    optimizers_["d_a"] = adam(assistantCritic_->parameters());
}

std::map<std::string, double> ImageAlignmentModule::step(const torch::Tensor& assistantBatch,
                                                          const torch::Tensor& targetBatch, double learningRate,
                                                          long long iteration) {
    const torch::Tensor a = assistantBatch.to(device_), t = targetBatch.to(device_);
    for (auto& [name, optimizer] : optimizers_)
        for (auto& group : optimizer->param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRate);

    // Generators: fool the critics, and come back to where they started.
    const torch::Tensor fakeTarget = assistantToTarget_->forward(a);
    const torch::Tensor fakeAssistant = targetToAssistant_->forward(t);
    std::map<std::string, torch::Tensor> terms;
    terms["iam_gan_a2t"] = losses::leastSquaresAdversarial(targetCritic_->forward(fakeTarget), true);
    terms["iam_gan_t2a"] = losses::leastSquaresAdversarial(assistantCritic_->forward(fakeAssistant), true);
    terms["iam_cycle"] = torch::l1_loss(targetToAssistant_->forward(fakeTarget), a) +
                         torch::l1_loss(assistantToTarget_->forward(fakeAssistant), t);
    torch::Tensor generatorLoss = terms["iam_gan_a2t"] + terms["iam_gan_t2a"] + cycleWeight_ * terms["iam_cycle"];
    if (identityWeight_ > 0.0) {
        terms["iam_identity"] = torch::l1_loss(assistantToTarget_->forward(t), t) +
                                torch::l1_loss(targetToAssistant_->forward(a), a);
        generatorLoss = generatorLoss + identityWeight_ * cycleWeight_ * terms["iam_identity"];
    }
    for (const auto& [name, value] : terms) {
        const double v = value.item<double>();
        if (!std::isfinite(v)) throw NonFiniteLoss(name, v, iteration);
    }
    optimizers_["g_a2t"]->zero_grad();
    optimizers_["g_t2a"]->zero_grad();
    generatorLoss.backward();
    optimizers_["g_a2t"]->step();
    optimizers_["g_t2a"]->step();

    // Critics: real slices -> 1, generated (detached) -> 0.
    const torch::Tensor criticTarget =
        0.5 * (losses::leastSquaresAdversarial(targetCritic_->forward(t), true) +
               losses::leastSquaresAdversarial(targetCritic_->forward(fakeTarget.detach()), false));
    const torch::Tensor criticAssistant =
        0.5 * (losses::leastSquaresAdversarial(assistantCritic_->forward(a), true) +
               losses::leastSquaresAdversarial(assistantCritic_->forward(fakeAssistant.detach()), false));
    const double dt = criticTarget.item<double>(), da = criticAssistant.item<double>();
    if (!std::isfinite(dt)) throw NonFiniteLoss("iam_critic_t", dt, iteration);
    if (!std::isfinite(da)) throw NonFiniteLoss("iam_critic_a", da, iteration);
    optimizers_["d_t"]->zero_grad();
    optimizers_["d_a"]->zero_grad();
    (criticTarget + criticAssistant).backward();
    optimizers_["d_t"]->step();
    optimizers_["d_a"]->step();

    std::map<std::string, double> values;
    for (const auto& [name, value] : terms) values[name] = value.item<double>();
    values["iam_critic_t"] = dt;
    values["iam_critic_a"] = da;
    return values;
}

void ImageAlignmentModule::save(const std::filesystem::path& file) {
    torch::serialize::OutputArchive archive;
    const auto put = [&](const std::string& name, torch::nn::Module& module) {
        torch::serialize::OutputArchive part;
        module.save(part);
        archive.write(name, part);
    };
    put("g_a2t", *assistantToTarget_);
    put("g_t2a", *targetToAssistant_);
    put("d_t", *targetCritic_);
    put("d_a", *assistantCritic_);
    AtomicFile::write(file, [&](const std::filesystem::path& temporary) { archive.save_to(temporary.string()); });
}

void ImageAlignmentModule::load(const std::filesystem::path& file, torch::Device device) {
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(file.string(), device);
        const auto get = [&](const std::string& name, torch::nn::Module& module) {
            torch::serialize::InputArchive part;
            archive.read(name, part);
            SegmentationTrainer::loadNetwork(module, part);
        };
        get("g_a2t", *assistantToTarget_);
        get("g_t2a", *targetToAssistant_);
        get("d_t", *targetCritic_);
        get("d_a", *assistantCritic_);
    } catch (const c10::Error& e) {
        throw InputError(file, std::string("not a usable IAM checkpoint for this profile: ") + e.what_without_backtrace());
    }
}

double ImageAlignmentModule::stepFlops(int n, int height, int width) const {
    const double g = assistantToTarget_->forwardFlops(height, width);
    const double d = targetCritic_->forwardFlops(height, width);
    // Generator pass: 4 generator forwards (translate + cycle, both directions) plus 2 identity forwards, and
    // 2 critic forwards, all with backward. Critic pass: 4 critic forwards with backward.
    const double generatorForwards = identityWeight_ > 0.0 ? 6.0 : 4.0;
    return n * (3.0 * (generatorForwards * g + 2.0 * d) + 3.0 * 4.0 * d);
}

} // namespace crossseg
