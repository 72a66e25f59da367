#pragma once
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/SlicePool.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

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
        std::filesystem::path folder;
        std::string hash;
        bool reused = false;
        nlohmann::json description;  // what iam.json says
    };

    // The identity of the IAM a run needs (what the hash covers).
    static nlohmann::json describe(const TrainingConfig& config, const TrainingProfile& profile,
                                   const std::string& cacheKey, const std::vector<std::string>& assistantCases,
                                   const std::vector<std::string>& targetCases);
    static std::string hashOf(const nlohmann::json& description);
    static std::filesystem::path cacheRoot(const TrainingConfig& config);

    static Result obtain(const TrainingConfig& config, const TrainingProfile& profile, const nlohmann::json& description,
                         const SlicePool& assistant, const SlicePool& target, torch::Device device,
                         TaskControl& control, TrainingObserver* observer, RunFolder& run);
};

} // namespace crossseg
