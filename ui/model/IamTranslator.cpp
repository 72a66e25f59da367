#include "ui/model/IamTranslator.h"

#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/Method.h"
#include "core/learn/RunRecord.h"
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
    // The run's record says everything: method, resolved profile, the IAM's folder and loss weights.
    const RunRecord record = RunRecord::read(runDirectory);
    if (!record.method().needsIam)
        throw InputError(record.configFile(), "only " + toString(Method::MkdIam) + " runs have an image alignment module");
    if (!record.iam) throw InputError(record.configFile(), "the run has not reached its image alignment stage yet");
    const std::filesystem::path weights = record.alignmentWeightsFile();
    if (!std::filesystem::exists(weights)) throw InputError(weights, "the trained image alignment module is missing");
    std::unique_ptr<IamTranslator> translator(new IamTranslator);
    translator->impl_->module = std::make_unique<ImageAlignmentModule>(
        record.profile, record.iam->cycleWeight, record.iam->identityWeight, torch::Device(torch::kCPU));
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
