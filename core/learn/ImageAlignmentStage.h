#pragma once
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/MethodOptions.h"
#include "core/learn/SlicePool.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace crossseg {

class GradientSync;
class RunFolder;
class TaskControl;
class TrainingObserver;

// Stage 1 of mkd-iam: trains the Image Alignment Module on unpaired assistant and target slices (no target
// labels), or reuses one trained before for the same slice cache, cases, seed and profile. Trained IAMs live in
// <iam cache root>/<hash>/ (iam.pt + iam.json describing what it was trained on), so every K and method of a
// seed shares one. An interrupted IAM stage starts over (it is the short stage).
class ImageAlignmentStage {
public:
    struct Result {
        ResnetGenerator assistantToTarget{nullptr};
        std::shared_ptr<ImageAlignmentModule> module; // the whole IAM (iam_mode end-to-end keeps training it)
        std::filesystem::path folder;
        std::string hash;
        bool reused = false;
        nlohmann::json description;  // what iam.json says
    };

    // The identity of the IAM a run needs (what the hash covers). The profile's MethodOptions that change the IAM
    // (iam_identity_terms, iam_assistant_foreground_fraction, iam_target_abdominal_range) enter it only when they
    // differ from their defaults, so default runs keep their hash. With iam_target_abdominal_range,
    // `labeledTarget` (the K labelled CT cases) gives the range, which enters the description too.
    // `slicesDigest` identifies the slices the IAM learns from (SlicePool::addTo), not the files they came from, so
    // an IAM is reused after its data set was copied or moved.
    static nlohmann::json describe(const TrainingConfig& config, const TrainingProfile& profile,
                                   const std::string& slicesDigest, const std::vector<std::string>& assistantCases,
                                   const std::vector<std::string>& targetCases,
                                   const SlicePool* labeledTarget = nullptr);
    // The identity weight the IAM trains with (0 when the profile turns the identity terms off).
    static double identityWeight(const TrainingConfig& config, const TrainingProfile& profile);
    static std::string hashOf(const nlohmann::json& description);
    static std::filesystem::path cacheRoot(const TrainingConfig& config);

    // `assistant`: the MR training slices (with labels when iam_assistant_foreground_fraction > 0: drawn organ
    // first); `target`: all target training slices, unlabelled; `labeledTarget`: the K labelled CT cases (needed
    // with iam_target_abdominal_range: their organs' relative z-range bounds the CT slices the IAM sees).
    static Result obtain(const TrainingConfig& config, const TrainingProfile& profile, const nlohmann::json& description,
                         const SlicePool& assistant, const SlicePool& target, torch::Device device,
                         TaskControl& control, TrainingObserver* observer, RunFolder& run,
                         const SlicePool* labeledTarget = nullptr, GradientSync* sync = nullptr,
                         const std::function<void(int iteration)>& waitPoint = {});
};

} // namespace crossseg
