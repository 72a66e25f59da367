#include "core/learn/TrainingConfig.h"

#include "core/util/InputError.h"

namespace crossseg {

nlohmann::json TrainingConfig::toJson() const {
    nlohmann::json json{
        {"method", toString(method)},
        {"labeled_target", labeledTarget},
        {"profile", profile},
        {"seed", seed},
        {"device", device},
        {"cache", cache.string()},
        {"run_dir", runDir.string()},
        {"kd_temperature", kdTemperature},
        {"kd_weight", kdWeight},
        {"cycle_weight", cycleWeight},
        {"identity_weight", identityWeight},
        {"iterations", iterations},
        {"iam_cache_root", iamCacheRoot.string()},
    };
    // Only when set: the configuration of a run without overrides reads as before (its checkpoints compare equal).
    if (!profileOverrides.empty()) json["profile_overrides"] = profileOverrides;
    return json;
}

TrainingConfig TrainingConfig::fromJson(const nlohmann::json& json) {
    TrainingConfig c;
    try {
        c.method = MethodTraits::parse(json.at("method").get<std::string>());
        c.labeledTarget = json.at("labeled_target").get<int>();
        c.profile = json.at("profile").get<std::string>();
        c.seed = json.at("seed").get<std::uint64_t>();
        c.device = json.value("device", std::string("cpu"));
        c.cache = json.at("cache").get<std::string>();
        c.runDir = json.value("run_dir", std::string());
        c.kdTemperature = json.value("kd_temperature", c.kdTemperature);
        c.kdWeight = json.value("kd_weight", c.kdWeight);
        c.cycleWeight = json.value("cycle_weight", c.cycleWeight);
        c.identityWeight = json.value("identity_weight", c.identityWeight);
        c.iterations = json.value("iterations", 0);
        c.iamCacheRoot = json.value("iam_cache_root", std::string());
        c.profileOverrides = json.value("profile_overrides", nlohmann::json::object());
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("invalid training configuration: ") + e.what());
    }
    if (!c.profileOverrides.is_object()) throw InputError("profile_overrides must be a JSON object");
    if (c.iterations < 0) throw InputError("iterations must be positive, or 0 for the profile's count");
    return c;
}

} // namespace crossseg
