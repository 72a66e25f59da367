#pragma once
#include "core/learn/Method.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

// Everything that defines one training run, as the user chose it. Saved into RUN/config.json (RunRecord, which
// describes the whole run folder) and inside every checkpoint, so that a run can be resumed, predicted with and
// reported on without the command line that started it.
struct TrainingConfig {
    Method method = Method::MkdIam;     // config.json: "target-only" | "assistant-only" | "joint" | "mkd" | "mkd-iam"
    int labeledTarget = 4;              // K: labelled target cases drawn from the target training split
    std::string profile = "cpu-quick";  // smoke | cpu-quick | paper
    // Parameters set on top of the profile (crossseg train --set KEY=VALUE, --iam-mode, --kd-ramp): a JSON object
    // of profile keys, applied by TrainingProfile::resolve with the checks of a profile file. Empty: none.
    nlohmann::json profileOverrides = nlohmann::json::object();
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
};

} // namespace crossseg
