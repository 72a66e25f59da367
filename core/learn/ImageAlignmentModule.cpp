#include "core/learn/ImageAlignmentModule.h"

#include "core/distributed/GradientSync.h"
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
    : cycleWeight_(cycleWeight), identityWeight_(identityWeight), learningRate_(profile.iamLearningRate),
      device_(device), gradientSync_(&GradientSync::singleProcess()),
      assistantToTarget_(generatorOptions(profile)), targetToAssistant_(generatorOptions(profile)),
      targetCritic_(criticOptions(profile)), assistantCritic_(criticOptions(profile)) {
    assistantToTarget_->to(device);
    targetToAssistant_->to(device);
    targetCritic_->to(device);
    assistantCritic_->to(device);
    resetOptimizers(profile.iamLearningRate);
}

std::map<std::string, torch::nn::Module*> ImageAlignmentModule::networks() {
    return {{"g_a2t", assistantToTarget_.get()}, {"g_t2a", targetToAssistant_.get()},
            {"d_t", targetCritic_.get()}, {"d_a", assistantCritic_.get()}};
}

void ImageAlignmentModule::resetOptimizers(double learningRate) {
    learningRate_ = learningRate;
    for (auto& [name, network] : networks())
        optimizers_[name] = std::make_unique<torch::optim::Adam>(
            network->parameters(), torch::optim::AdamOptions(learningRate).betas(std::make_tuple(0.5, 0.999)));
}

void ImageAlignmentModule::setLearningRate(double learningRate) {
    learningRate_ = learningRate;
    for (auto& [name, optimizer] : optimizers_)
        for (auto& group : optimizer->param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRate);
}

void ImageAlignmentModule::setGradientSync(GradientSync* sync) {
    gradientSync_ = sync ? sync : &GradientSync::singleProcess();
}

void ImageAlignmentModule::train(bool on) {
    for (auto& [name, network] : networks()) network->train(on);
}

double ImageAlignmentModule::learningRateAt(long long iteration, long long total, double base) {
    const double progress = double(iteration) / double(total);
    return base * (progress < 0.5 ? 1.0 : 2.0 * (1.0 - progress));
}

ImageAlignmentModule::GeneratorPass ImageAlignmentModule::generatorPass(const torch::Tensor& assistant,
                                                                        const torch::Tensor& target) {
    GeneratorPass pass;
    pass.assistant = assistant;
    pass.target = target;
    // The critics only score here: without their weight gradients the generators' gradients are the same.
    const auto freeze = [this](bool frozen) {
        if (!freezeCritics_) return;
        for (auto& p : targetCritic_->parameters()) p.set_requires_grad(!frozen);
        for (auto& p : assistantCritic_->parameters()) p.set_requires_grad(!frozen);
    };
    freeze(true);
    // Generators: fool the critics, and come back to where they started.
    pass.fakeTarget = assistantToTarget_->forward(assistant);
    pass.fakeAssistant = targetToAssistant_->forward(target);
    auto& terms = pass.terms;
    terms["iam_gan_a2t"] = losses::leastSquaresAdversarial(targetCritic_->forward(pass.fakeTarget), true);
    terms["iam_gan_t2a"] = losses::leastSquaresAdversarial(assistantCritic_->forward(pass.fakeAssistant), true);
    terms["iam_cycle"] = torch::l1_loss(targetToAssistant_->forward(pass.fakeTarget), assistant) +
                         torch::l1_loss(assistantToTarget_->forward(pass.fakeAssistant), target);
    pass.loss = terms["iam_gan_a2t"] + terms["iam_gan_t2a"] + cycleWeight_ * terms["iam_cycle"];
    if (identityWeight_ > 0.0) {
        terms["iam_identity"] = torch::l1_loss(assistantToTarget_->forward(target), target) +
                                torch::l1_loss(targetToAssistant_->forward(assistant), assistant);
        pass.loss = pass.loss + identityWeight_ * cycleWeight_ * terms["iam_identity"];
    }
    freeze(false);
    return pass;
}

void ImageAlignmentModule::zeroGeneratorGradients() {
    optimizers_["g_a2t"]->zero_grad();
    optimizers_["g_t2a"]->zero_grad();
}

void ImageAlignmentModule::stepGenerators() {
    gradientSync_->averageGradients(*assistantToTarget_);
    gradientSync_->averageGradients(*targetToAssistant_);
    optimizers_["g_a2t"]->step();
    optimizers_["g_t2a"]->step();
}

std::map<std::string, torch::Tensor> ImageAlignmentModule::criticTerms(const GeneratorPass& pass) {
    // Critics: real slices -> 1, generated (detached) -> 0.
    return {{"iam_critic_t",
             0.5 * (losses::leastSquaresAdversarial(targetCritic_->forward(pass.target), true) +
                    losses::leastSquaresAdversarial(targetCritic_->forward(pass.fakeTarget.detach()), false))},
            {"iam_critic_a",
             0.5 * (losses::leastSquaresAdversarial(assistantCritic_->forward(pass.assistant), true) +
                    losses::leastSquaresAdversarial(assistantCritic_->forward(pass.fakeAssistant.detach()), false))}};
}

void ImageAlignmentModule::stepCritics(const std::map<std::string, torch::Tensor>& terms) {
    optimizers_["d_t"]->zero_grad();
    optimizers_["d_a"]->zero_grad();
    (terms.at("iam_critic_t") + terms.at("iam_critic_a")).backward();
    gradientSync_->averageGradients(*targetCritic_);
    gradientSync_->averageGradients(*assistantCritic_);
    optimizers_["d_t"]->step();
    optimizers_["d_a"]->step();
}

std::map<std::string, double> ImageAlignmentModule::step(const torch::Tensor& assistantBatch,
                                                          const torch::Tensor& targetBatch, double learningRate,
                                                          long long iteration) {
    setLearningRate(learningRate);
    const GeneratorPass pass = generatorPass(assistantBatch.to(device_), targetBatch.to(device_));
    std::map<std::string, double> values = SegmentationTrainer::readTerms(pass.terms, {}, iteration);
    zeroGeneratorGradients();
    pass.loss.backward();
    stepGenerators();
    const auto critics = criticTerms(pass);
    for (const auto& [name, value] : SegmentationTrainer::readTerms(critics, {}, iteration)) values[name] = value;
    stepCritics(critics);
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
        torch::serialize::InputArchive whole, inCheckpoint;
        whole.load_from(file.string(), device);
        // A training checkpoint of an end-to-end run holds the IAM under "iam" (saveState, with the optimiser
        // states this load leaves alone); iam.pt holds it at the top.
        torch::serialize::InputArchive& archive = whole.try_read("iam", inCheckpoint) ? inCheckpoint : whole;
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

void ImageAlignmentModule::saveState(torch::serialize::OutputArchive& archive) {
    for (auto& [name, network] : networks()) {
        torch::serialize::OutputArchive model, optimizer;
        network->save(model);
        optimizers_.at(name)->save(optimizer);
        archive.write(name, model);
        archive.write("optimizer." + name, optimizer);
    }
}

void ImageAlignmentModule::loadState(torch::serialize::InputArchive& archive) {
    for (auto& [name, network] : networks()) {
        torch::serialize::InputArchive model, optimizer;
        archive.read(name, model);
        archive.read("optimizer." + name, optimizer);
        SegmentationTrainer::loadNetwork(*network, model);
        optimizers_.at(name)->load(optimizer);
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
