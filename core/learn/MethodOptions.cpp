#include "core/learn/MethodOptions.h"

#include "core/learn/TrainingProfile.h"
#include "core/util/InputError.h"

namespace crossseg {

IamMode parseIamMode(const std::string& name) {
    if (name == "staged") return IamMode::Staged;
    if (name == "end-to-end") return IamMode::EndToEnd;
    throw InputError("unknown IAM mode '" + name + "' (expected staged or end-to-end)");
}

std::string toString(IamMode mode) { return mode == IamMode::EndToEnd ? "end-to-end" : "staged"; }

void MethodOptions::writeTo(nlohmann::json& j) const {
    j["iam_mode"] = toString(iamMode);
    j["iam_end_to_end_learning_rate"] = iamEndToEndLearningRate;
    j["iam_assistant_foreground_fraction"] = iamAssistantForegroundFraction;
    j["iam_target_abdominal_range"] = iamTargetAbdominalRange;
    j["abdominal_range_margin"] = abdominalRangeMargin;
    j["translate_clean_assistant"] = translateCleanAssistant;
    j["kd_ramp"] = KdWeightSchedule::toString(kdRamp);
    j["kd_ramp_fraction"] = kdRampFraction;
    j["unlabeled_target_abdominal_range"] = unlabeledTargetAbdominalRange;
    j["teacher_forward_no_grad"] = teacherForwardNoGrad;
    j["iam_identity_terms"] = iamIdentityTerms;
}

MethodOptions MethodOptions::readFrom(const nlohmann::json& j) {
    MethodOptions o;
    const auto read = [&j](const char* key, auto& field) {
        if (!j.contains(key)) return;
        try {
            j.at(key).get_to(field);
        } catch (const nlohmann::json::exception&) {
            throw InputError(std::string("profile parameter '") + key + "' has a value of the wrong type");
        }
    };
    const auto fraction = [](const char* key, double value) {
        if (!(value >= 0.0 && value <= 1.0))
            throw InputError(std::string("profile parameter '") + key + "' must lie in [0, 1]");
    };
    std::string iamMode = toString(o.iamMode), kdRamp = KdWeightSchedule::toString(o.kdRamp);
    read("iam_mode", iamMode);
    read("iam_end_to_end_learning_rate", o.iamEndToEndLearningRate);
    read("iam_assistant_foreground_fraction", o.iamAssistantForegroundFraction);
    read("iam_target_abdominal_range", o.iamTargetAbdominalRange);
    read("abdominal_range_margin", o.abdominalRangeMargin);
    read("translate_clean_assistant", o.translateCleanAssistant);
    read("kd_ramp", kdRamp);
    read("kd_ramp_fraction", o.kdRampFraction);
    read("unlabeled_target_abdominal_range", o.unlabeledTargetAbdominalRange);
    read("teacher_forward_no_grad", o.teacherForwardNoGrad);
    read("iam_identity_terms", o.iamIdentityTerms);
    o.iamMode = parseIamMode(iamMode);
    o.kdRamp = KdWeightSchedule::parseRamp(kdRamp);
    fraction("iam_assistant_foreground_fraction", o.iamAssistantForegroundFraction);
    fraction("abdominal_range_margin", o.abdominalRangeMargin);
    fraction("kd_ramp_fraction", o.kdRampFraction);
    if (!(o.iamEndToEndLearningRate >= 0.0))
        throw InputError("profile parameter 'iam_end_to_end_learning_rate' must not be negative");
    return o;
}

MethodOptions MethodOptions::of(const TrainingProfile& profile) { return readFrom(profile.toJson()); }

nlohmann::json MethodOptions::nonDefaults() const {
    nlohmann::json mine, defaults;
    writeTo(mine);
    MethodOptions().writeTo(defaults);
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, value] : mine.items())
        if (defaults.at(key) != value) out[key] = value;
    return out;
}

bool MethodOptions::operator==(const MethodOptions& other) const {
    nlohmann::json a, b;
    writeTo(a);
    other.writeTo(b);
    return a == b;
}

} // namespace crossseg
