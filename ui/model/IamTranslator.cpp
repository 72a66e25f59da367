#include "ui/model/IamTranslator.h"

#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/RunFolder.h"
#include "core/learn/TrainingProfile.h"
#include "core/util/InputError.h"

#include <torch/torch.h>

namespace crossseg::ui {

struct IamTranslator::Impl {
    std::unique_ptr<ImageAlignmentModule> module;
    ResnetGenerator generator{nullptr};
};

IamTranslator::IamTranslator() : impl_(std::make_unique<Impl>()) {}
IamTranslator::~IamTranslator() = default;

std::unique_ptr<IamTranslator> IamTranslator::load(const std::filesystem::path& runDirectory) {
    RunFolder folder(runDirectory);
    const nlohmann::json config = folder.readConfig();
    if (config.value("method", std::string()) != "mkd-iam")
        throw InputError(folder.configFile(), "only mkd-iam runs have an image alignment module");
    if (!config.contains("iam") || !config["iam"].contains("folder"))
        throw InputError(folder.configFile(), "the run has not reached its image alignment stage yet");
    const std::filesystem::path weights = std::filesystem::path(config["iam"]["folder"].get<std::string>()) / "iam.pt";
    if (!std::filesystem::exists(weights)) throw InputError(weights, "the trained image alignment module is missing");
    const TrainingProfile profile = config.contains("profile_parameters")
                                        ? TrainingProfile::fromJson(config["profile_parameters"])
                                        : TrainingProfile::named(config.value("profile", std::string("cpu-quick")));
    std::unique_ptr<IamTranslator> translator(new IamTranslator);
    translator->impl_->module = std::make_unique<ImageAlignmentModule>(
        profile, config.value("cycle_weight", 10.0), config.value("identity_weight", 0.5), torch::Device(torch::kCPU));
    translator->impl_->module->load(weights, torch::Device(torch::kCPU));
    translator->impl_->generator = translator->impl_->module->assistantToTarget();
    translator->impl_->generator->eval();
    return translator;
}

GraySlice IamTranslator::translate(const GraySlice& assistantSlice) const {
    if (assistantSlice.empty()) return {};
    torch::NoGradGuard noGrad;
    auto input = torch::from_blob(const_cast<float*>(assistantSlice.pixels.data()),
                                  {1, 1, assistantSlice.height, assistantSlice.width}, torch::kFloat32)
                     .clone();
    const torch::Tensor output = impl_->generator->forward(input).contiguous().to(torch::kFloat32);
    GraySlice out;
    out.width = assistantSlice.width;
    out.height = assistantSlice.height;
    out.pixels.assign(output.data_ptr<float>(), output.data_ptr<float>() + output.numel());
    return out;
}

} // namespace crossseg::ui
