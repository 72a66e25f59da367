#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace crossseg {

// Where a run stands. Written as text in status.json ("running", "paused", ...).
enum class RunState { Running, Paused, Finished, Failed, Cancelled };

const char* toString(RunState state);
std::optional<RunState> runStateFromString(const std::string& text);

// The best validation so far of one model (or of the selection model).
struct BestValidation {
    double meanDice = 0.0;
    long long iteration = 0;
};

// What status.json says: {"state", "stage", "iteration", "total_iterations", "best_mean_dice" (null before the
// first validation), "best_iteration", "message"} and, when the profile keeps a best checkpoint per model,
// "best_per_model": {"real": {"mean_dice", "iteration"}, ...}.
struct RunStatus {
    RunState state = RunState::Running;
    std::string stage = "preparing";      // "preparing" | "iam" | "segmentation"
    long long iteration = 0;              // finished segmentation iterations
    long long totalIterations = 0;
    std::optional<double> bestMeanDice;   // of the selection model
    long long bestIteration = 0;
    std::string message;
    std::map<std::string, BestValidation> bestPerModel;

    nlohmann::json toJson() const;
    // Tolerant of fields older versions did not write; throws InputError naming `file` for an unknown state.
    static RunStatus fromJson(const nlohmann::json& json, const std::filesystem::path& file);
};

} // namespace crossseg
