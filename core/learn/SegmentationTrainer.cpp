#include "core/learn/SegmentationTrainer.h"

#include "core/distributed/GradientSync.h"
#include "core/learn/Method.h"
#include "core/learn/MutualDistillationTrainer.h"
#include "core/learn/NonFiniteLoss.h"
#include "core/learn/SingleSegmentorTrainer.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <cmath>

namespace crossseg {

SegmentationTrainer::SegmentationTrainer(GradientSync* gradientSync)
    : gradientSync_(gradientSync ? gradientSync : &GradientSync::singleProcess()) {}

UNetOptions SegmentationTrainer::unetOptions(const TrainingProfile& profile, int classes) {
    UNetOptions unet;
    unet.classes = classes;
    unet.depth = profile.unetDepth;
    unet.baseChannels = profile.unetBaseChannels;
    unet.normalization = profile.normalization;
    // Read through the profile's JSON so that this builds before and after the profile carries the field.
    const nlohmann::json p = profile.toJson();
    unet.normalizationDomains = std::max(1, p.value("normalization_domains", 1));
    unet.upsampling = p.value("upsampling", unet.upsampling);
    unet.channelsLast = p.value("channels_last", unet.channelsLast);
    return unet;
}

std::unique_ptr<SegmentationTrainer> SegmentationTrainer::create(const TrainingConfig& config,
                                                                 const TrainingProfile& profile, int classes,
                                                                 torch::Device device, const TrainerInputs& inputs) {
    const MethodTraits& method = MethodTraits::of(config.method);
    const UNetOptions unet = unetOptions(profile, classes);
    const MethodOptions options = MethodOptions::of(profile);
    if (method.mutual) {
        MutualDistillationTrainer::Settings settings;
        settings.temperature = config.kdTemperature;
        settings.kdWeight = config.kdWeight;
        settings.options = options;
        if (method.needsIam) {
            settings.assistantToTarget = inputs.assistantToTarget;
            settings.alignment = inputs.alignment;
        }
        return std::make_unique<MutualDistillationTrainer>(unet, profile, settings, device, inputs.gradientSync);
    }
    // Joint training feeds the MR batch through the assistant domain's normalisation (when there are two); the
    // one-modality baselines use domain 0 for everything, the one Predictor uses.
    std::vector<int64_t> domains;
    for (const SliceStream stream : method.streams)
        domains.push_back(unet.normalizationDomains > 1 && method.method == Method::Joint &&
                                  stream == SliceStream::LabeledAssistant
                              ? kAssistantDomain
                              : kTargetDomain);
    return std::make_unique<SingleSegmentorTrainer>(unet, profile, device, domains, inputs.gradientSync);
}

std::unique_ptr<SegmentationTrainer> SegmentationTrainer::create(const TrainingConfig& config,
                                                                 const TrainingProfile& profile, int classes,
                                                                 torch::Device device,
                                                                 ResnetGenerator assistantToTarget) {
    TrainerInputs inputs;
    inputs.assistantToTarget = assistantToTarget;
    return create(config, profile, classes, device, inputs);
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

void SegmentationTrainer::stepNetwork(const std::string& name) {
    gradientSync_->averageGradients(*networks_.at(name));
    optimizers_.at(name)->step();
}

std::map<std::string, double> SegmentationTrainer::readTerms(const std::map<std::string, torch::Tensor>& checked,
                                                             const std::map<std::string, torch::Tensor>& reported,
                                                             long long iteration) {
    std::vector<std::string> names;
    std::vector<torch::Tensor> values;
    for (const auto* terms : {&checked, &reported})
        for (const auto& [name, value] : *terms) {
            names.push_back(name);
            values.push_back(value.detach().reshape({}).to(torch::kDouble));
        }
    const torch::Tensor host = torch::stack(values).to(torch::kCPU).contiguous();
    const double* data = host.data_ptr<double>();
    std::map<std::string, double> out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i < checked.size() && !std::isfinite(data[i])) throw NonFiniteLoss(names[i], data[i], iteration);
        out[names[i]] = data[i];
    }
    return out;
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
