#include "core/learn/RunStatus.h"

#include "core/util/InputError.h"

namespace crossseg {
namespace {

struct StateName {
    RunState state;
    const char* text;
};
constexpr StateName kStateNames[] = {{RunState::Running, "running"},     {RunState::Paused, "paused"},
                                     {RunState::Finished, "finished"},   {RunState::Failed, "failed"},
                                     {RunState::Cancelled, "cancelled"}};

} // namespace

const char* toString(RunState state) {
    for (const auto& entry : kStateNames)
        if (entry.state == state) return entry.text;
    return "running";
}

std::optional<RunState> runStateFromString(const std::string& text) {
    for (const auto& entry : kStateNames)
        if (text == entry.text) return entry.state;
    return std::nullopt;
}

nlohmann::json RunStatus::toJson() const {
    nlohmann::json json{{"state", toString(state)},
                        {"stage", stage},
                        {"iteration", iteration},
                        {"total_iterations", totalIterations},
                        {"best_mean_dice", bestMeanDice ? nlohmann::json(*bestMeanDice) : nlohmann::json()},
                        {"best_iteration", bestIteration},
                        {"message", message}};
    for (const auto& [model, best] : bestPerModel)
        json["best_per_model"][model] = {{"mean_dice", best.meanDice}, {"iteration", best.iteration}};
    return json;
}

RunStatus RunStatus::fromJson(const nlohmann::json& json, const std::filesystem::path& file) {
    if (!json.is_object()) throw InputError(file, "a run status must be a JSON object");
    RunStatus status;
    try {
        const std::string text = json.value("state", std::string("running"));
        const auto state = runStateFromString(text);
        if (!state) throw InputError(file, "unknown run state '" + text + "'");
        status.state = *state;
        status.stage = json.value("stage", status.stage);
        status.iteration = json.value("iteration", 0LL);
        status.totalIterations = json.value("total_iterations", 0LL);
        if (json.contains("best_mean_dice") && json["best_mean_dice"].is_number())
            status.bestMeanDice = json["best_mean_dice"].get<double>();
        status.bestIteration = json.value("best_iteration", 0LL);
        status.message = json.value("message", std::string());
        if (json.contains("best_per_model"))
            for (const auto& [model, best] : json["best_per_model"].items())
                status.bestPerModel[model] = {best.at("mean_dice").get<double>(), best.at("iteration").get<long long>()};
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("incomplete run status: ") + e.what());
    }
    return status;
}

} // namespace crossseg
