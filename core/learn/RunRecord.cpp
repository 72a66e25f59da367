#include "core/learn/RunRecord.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <fstream>

namespace crossseg {
namespace {

nlohmann::json readJsonFile(const std::filesystem::path& file, const char* whenMissing) {
    std::ifstream in(file);
    if (!in) throw InputError(file, whenMissing);
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
}

nlohmann::json iamToJson(const IamReference& iam) {
    nlohmann::json json{{"hash", iam.hash}, {"folder", iam.folder.string()}};
    if (iam.reused) json["reused"] = *iam.reused;
    return json;
}

IamReference iamFromJson(const nlohmann::json& json, const TrainingConfig& config, const TrainingProfile& profile) {
    IamReference iam;
    iam.hash = json.value("hash", std::string());
    iam.folder = json.at("folder").get<std::string>();
    if (json.contains("reused")) iam.reused = json.at("reused").get<bool>();
    iam.cycleWeight = config.cycleWeight;
    iam.identityWeight = IamReference::identityWeightOf(config, profile);
    return iam;
}

} // namespace

double IamReference::identityWeightOf(const TrainingConfig& config, const TrainingProfile& profile) {
    return profile.methodOptions.iamIdentityTerms ? config.identityWeight : 0.0;
}

RunRecord::RunRecord(std::filesystem::path root) : root_(std::move(root)) {}

std::string RunRecord::engineCommitAfterResume(const std::string& started, const std::string& current) {
    if (started.empty() || started == current) return current;
    const std::string suffix = ", resumed by " + current;
    if (started.size() >= suffix.size() && started.compare(started.size() - suffix.size(), suffix.size(), suffix) == 0)
        return started;
    log::warn("this run was started by the engine built from " + started + " and is resumed by one built from " +
              current + ": its results mix the two (config.json's engine_commit says so)");
    return started + suffix;
}

bool RunRecord::exists(const std::filesystem::path& root) { return std::filesystem::is_regular_file(root / "config.json"); }

std::filesystem::path RunRecord::bestCheckpointOf(const std::string& model) const {
    return root_ / "checkpoints" / ("best-" + model + ".pt");
}

std::filesystem::path RunRecord::checkpointForPrediction(const std::string& model) const {
    const std::filesystem::path own = bestCheckpointOf(model);
    return profile.keepBestPerModel && std::filesystem::exists(own) ? own : bestCheckpoint();
}

std::filesystem::path RunRecord::alignmentWeightsFile() const {
    if (!iam) return {};
    if (profile.methodOptions.iamMode == IamMode::EndToEnd)
        for (const std::filesystem::path& checkpoint : {bestCheckpoint(), latestCheckpoint()})
            if (std::filesystem::exists(checkpoint)) return checkpoint;
    return iam->weightsFile();
}

nlohmann::json RunRecord::toJson() const {
    nlohmann::json json = config.toJson();
    json["profile_parameters"] = profile.toJson();
    json["preprocessing"] = preprocessing;
    json["cache_key"] = cacheKey;
    if (!dataDigest.empty()) json["data_digest"] = dataDigest;
    if (!engineCommit.empty()) json["engine_commit"] = engineCommit;
    json["classes"] = classes;
    json["selection"] = selection.toJson();
    json["models"] = models();
    json["device_used"] = deviceUsed;
    if (iam) json["iam"] = iamToJson(*iam);
    if (distributed)
        json["distributed"] = {{"world_size", distributed->worldSize}, {"backend", distributed->backend}};
    return json;
}

RunRecord RunRecord::fromJson(const nlohmann::json& json, const std::filesystem::path& root) {
    RunRecord record(root);
    const std::filesystem::path file = record.configFile();
    try {
        record.config = TrainingConfig::fromJson(json);
        record.profile = TrainingProfile::fromJson(json.at("profile_parameters"));
        record.preprocessing = json.at("preprocessing");
        record.cacheKey = json.value("cache_key", std::string());
        record.dataDigest = json.value("data_digest", std::string());
        record.engineCommit = json.value("engine_commit", std::string());
        record.classes = json.at("classes").get<std::vector<std::string>>();
        record.selection = CaseSelection::fromJson(json.at("selection"));
        record.deviceUsed = json.value("device_used", std::string());
        if (json.contains("iam")) record.iam = iamFromJson(json.at("iam"), record.config, record.profile);
        if (json.contains("distributed"))
            record.distributed = DistributedSetting{json.at("distributed").at("world_size").get<int>(),
                                                    json.at("distributed").value("backend", std::string())};
    } catch (const InputError& e) {
        throw InputError(file, e.cause());
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("incomplete run configuration: ") + e.what());
    }
    if (record.classes.size() < 2) throw InputError(file, "the run lists fewer than two classes");
    return record;
}

RunRecord RunRecord::read(const std::filesystem::path& root) {
    if (!std::filesystem::is_directory(root)) throw InputError(root, "run folder missing");
    RunRecord probe(root);
    return fromJson(readJsonFile(probe.configFile(), "missing: not a CrossSeg run folder"), root);
}

void RunRecord::writeConfig() const { AtomicFile::writeText(configFile(), toJson().dump(2) + "\n"); }

std::optional<RunStatus> RunRecord::readStatus() const {
    if (!std::filesystem::exists(statusFile())) return std::nullopt;
    return RunStatus::fromJson(readJsonFile(statusFile(), "cannot be read"), statusFile());
}

void RunRecord::writeStatus(const RunStatus& status) const {
    AtomicFile::writeText(statusFile(), status.toJson().dump(2) + "\n");
}

} // namespace crossseg
