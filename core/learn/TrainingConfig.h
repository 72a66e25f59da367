#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

// Everything that defines one training run. Saved as RUN/config.json and inside every checkpoint, so that a run
// can be resumed, predicted with and reported on without the command line that started it.
//
// The run folder (RUN) holds:
//   config.json        this configuration (plus the profile's resolved hyperparameters)
//   status.json        {"state": "running|paused|finished|failed|cancelled", "iteration", "total_iterations",
//                       "best_mean_dice", "best_iteration", "message"}; rewritten atomically as the run goes
//   metrics.jsonl      one JSON object per line: {"kind":"train","iteration",...,"losses":{...}} and
//                      {"kind":"validation","iteration",...,"mean_dice","per_class_dice":[...]}
//   checkpoints/latest.pt, checkpoints/best.pt
struct TrainingConfig {
    std::string method = "mkd-iam";     // target-only | assistant-only | joint | mkd | mkd-iam
    int labeledTarget = 4;              // K: labelled target cases drawn from the target training split
    std::string profile = "cpu-quick";  // smoke | cpu-quick | paper
    std::uint64_t seed = 0;
    std::string device = "cpu";         // cpu | cuda | cuda:N
    std::filesystem::path cache;        // slice cache folder (SliceCache) built for this profile's image size
    std::filesystem::path runDir;       // RUN
    bool resume = false;

    // Method hyperparameters (documented defaults; the profile may override iteration counts, sizes, rates).
    double kdTemperature = 2.0;         // T of the softened softmax
    double kdWeight = 0.5;              // lambda_kd
    double cycleWeight = 10.0;          // IAM cycle-consistency L1 weight
    double identityWeight = 0.5;        // IAM identity loss weight (0 disables it)
    int iterations = 0;                 // segmentation iterations; 0: the profile's (the IAM keeps its own count)

    // Where trained IAMs are kept for reuse across K and methods: <iamCacheRoot>/<hash>/. Empty: <cache>/iam, or
    // the user's cache folder when the slice cache is read-only.
    std::filesystem::path iamCacheRoot;

    nlohmann::json toJson() const;
    static TrainingConfig fromJson(const nlohmann::json& json); // throws InputError on missing/invalid fields
    static const std::vector<std::string>& methods();
};

} // namespace crossseg
