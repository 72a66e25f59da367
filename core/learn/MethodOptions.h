#pragma once
#include "core/learn/KdWeightSchedule.h"

#include <nlohmann/json.hpp>

#include <string>

namespace crossseg {

struct TrainingProfile;

// How the IAM takes part in stage 2. staged: G_a->t is trained in stage 1 and frozen (the original behaviour).
// end-to-end: G_a->t also receives S_syn's supervised loss in stage 2, together with its CycleGAN terms, at a small
// learning rate (the paper trains the IAM and the segmentors jointly).
enum class IamMode { Staged, EndToEnd };
IamMode parseIamMode(const std::string& name); // "staged" | "end-to-end"; InputError otherwise
std::string toString(IamMode mode);

// The switchable parts of the method (issue 9: faithful method, stronger IAM; issue 10: trainer speed levers).
// Every default reproduces the behaviour before these options existed bit for bit; defaults are switched only on
// validation evidence. Stored flat among the profile's parameters ("profile_parameters" in config.json, profile
// override files), under the JSON names given below, so that a run can be repeated from its record.
struct MethodOptions {
    // Issue 9.1, domain-specific normalisation, is the profile's "normalization_domains" (2: one normalisation
    // layer per input domain, 0 = real CT, 1 = MR, behind shared convolutions; SegmentationTrainer::unetOptions).

    // Issue 9.2 "iam_mode" and "iam_end_to_end_learning_rate" (Adam rate of the IAM networks in stage 2, decayed
    // with the segmentation schedule).
    IamMode iamMode = IamMode::Staged;
    double iamEndToEndLearningRate = 2e-5;

    // Issue 9.3, the IAM's data. "iam_assistant_foreground_fraction": share of the IAM's MR slices drawn organ first
    // (MR labels are allowed); "iam_target_abdominal_range": the IAM's CT slices only from the relative z-range of
    // the organs in the K labelled CT cases (no label of unlabelled CT is used), widened by
    // "abdominal_range_margin" (a fraction of the volume height) on both sides.
    double iamAssistantForegroundFraction = 0.0;
    bool iamTargetAbdominalRange = false;
    double abdominalRangeMargin = 0.05;
    // "translate_clean_assistant": stage 2 translates the MR slice before its intensity jitter and noise (and its
    // geometric warp), instead of translating the augmented slice.
    bool translateCleanAssistant = false;

    // Issue 9.4 "kd_ramp" (none | linear | sigmoid) over the first "kd_ramp_fraction" of the iterations.
    KdWeightSchedule::Ramp kdRamp = KdWeightSchedule::Ramp::None;
    double kdRampFraction = 0.25;

    // Issue 9.5 "unlabeled_target_abdominal_range": the unlabelled CT stream of the S_real -> S_syn term drawn from
    // the same abdominal range.
    bool unlabeledTargetAbdominalRange = false;

    // Issue 10. "teacher_forward_no_grad": S_real's forward on unlabelled CT (which only serves as teacher) runs
    // without autograd, as a separate forward (changes BatchNorm batch statistics, hence an option).
    // "iam_identity_terms": the CycleGAN identity terms (2 of 6 generator passes per IAM step).
    bool teacherForwardNoGrad = false;
    bool iamIdentityTerms = true;

    // The options of a resolved profile (read from its JSON form, so that they travel with profile_parameters).
    static MethodOptions of(const TrainingProfile& profile);

    // The JSON names above with their values, written into (merged with) a profile's JSON object.
    void writeTo(nlohmann::json& profileJson) const;
    // Reads whichever keys are present (absent keys keep their defaults: older config.json files still load).
    // Throws InputError naming the key for a bad value.
    static MethodOptions readFrom(const nlohmann::json& profileJson);
    // Only the keys whose value differs from the default (for identities that must not change for default runs,
    // such as the IAM cache hash).
    nlohmann::json nonDefaults() const;

    bool operator==(const MethodOptions& other) const;
};

} // namespace crossseg
