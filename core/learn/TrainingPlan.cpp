#include "core/learn/TrainingPlan.h"

#include "core/distributed/GradientSync.h"
#include "core/learn/ComputeDevice.h"
#include "core/learn/ThreadSettings.h"
#include "core/preprocess/SliceCacheJson.h"
#include "core/util/BuildCommit.h"
#include "core/util/ContentDigest.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <algorithm>

namespace crossseg {
namespace {

void requireUsableConfig(const TrainingConfig& config, const MethodTraits& method) {
    if (config.iterations < 0) throw InputError("--iterations must be positive");
    if (method.usesTargetLabels && config.labeledTarget < 1)
        throw InputError("--labeled-target must be at least 1 for " + method.name);
    if (config.runDir.empty()) throw InputError("no run folder given (--out)");
    if (!(config.kdTemperature > 0.0)) throw InputError("the KD temperature must be positive");
}

SliceCache openCacheFor(const TrainingConfig& config, const TrainingProfile& profile) {
    SliceCache cache = SliceCache::open(config.cache);
    if (cache.parameters().height != profile.height || cache.parameters().width != profile.width)
        throw InputError(config.cache / "cache.json",
                         "slices are " + std::to_string(cache.parameters().height) + "x" +
                             std::to_string(cache.parameters().width) + " but profile '" + profile.name + "' needs " +
                             std::to_string(profile.height) + "x" + std::to_string(profile.width) +
                             ": prepare a cache of that size");
    if (cache.classes().size() < 2)
        throw InputError(config.cache / "cache.json", "needs at least background and one class");
    return cache;
}

// A recorded value as this version writes it: profile parameters added since a checkpoint was written take
// their defaults, so a run of an earlier version still resumes.
nlohmann::json comparable(const std::string& key, const nlohmann::json& value) {
    if (key != "profile_parameters" || !value.is_object()) return value;
    try {
        return TrainingProfile::fromJson(value).toJson();
    } catch (const InputError&) {
        return value;
    }
}

// The settings a resumed run must share with the checkpoint it continues.
void requireSameRun(const nlohmann::json& stored, const nlohmann::json& now, const std::filesystem::path& file) {
    // The slices are compared by their digest, so that a data set copied or moved (new file times or paths, hence
    // a new slice-cache key) still resumes; a checkpoint written before the digest existed compares the cache key.
    const bool hasDigest = !stored.value("data_digest", std::string()).empty();
    const char* dataKey = hasDigest ? "data_digest" : "cache_key";
    for (const char* key : {"method", "labeled_target", "profile", "seed", dataKey, "profile_parameters",
                            "kd_temperature", "kd_weight", "selection"}) {
        const nlohmann::json before = comparable(key, stored.value(key, nlohmann::json()));
        const nlohmann::json after = comparable(key, now.value(key, nlohmann::json()));
        if (before == after) continue;
        const std::string why = key == std::string("data_digest")
                                    ? " (the training slices differ: the data set or its preprocessing changed)"
                                    : "";
        throw InputError(file, std::string("incompatible checkpoint: '") + key + "' was " + before.dump() +
                                   ", this run has " + after.dump() + why);
    }
    if (hasDigest && stored.value("cache_key", std::string()) != now.value("cache_key", std::string()))
        log::info("resuming on a slice cache with another key (the source files were copied, moved or touched); "
                  "the training slices are the same");
}

// Refuses to start a new run over an existing one (it would destroy it); checked before the slices are loaded.
void refuseToOverwrite(const TrainingPlan& plan) {
    const std::filesystem::path latest = plan.record.latestCheckpoint();
    if (!plan.config.resume && std::filesystem::exists(latest))
        throw InputError(plan.record.root(), "already holds a training run: use --resume or another --out folder");
}

TrainingCheckpointState stateToContinue(const TrainingPlan& plan) {
    const std::filesystem::path latest = plan.record.latestCheckpoint();
    if (!plan.config.resume) return {};
    if (!std::filesystem::exists(latest)) throw InputError(latest, "nothing to resume: checkpoint missing");
    TrainingCheckpointState state = TrainingCheckpoint::readState(latest);
    requireSameRun(state.config, plan.record.toJson(), latest);
    // Batches are split over the processes: another number of them would not continue the same run.
    const nlohmann::json distributed = state.config.value("distributed", nlohmann::json::object());
    const int stored = distributed.value("world_size", 1);
    if (stored != plan.gradientSync->worldSize())
        throw InputError(latest, "checkpoint written by " + std::to_string(stored) + " processes, this run has " +
                                     std::to_string(plan.gradientSync->worldSize()) + ": resume with " +
                                     std::to_string(stored) + " processes");
    return state;
}

SlicePool poolOf(const SliceCache& cache, const TrainingProfile& profile, const std::vector<std::string>& ids,
                 bool labels) {
    SlicePool pool(profile.height, profile.width);
    for (const auto& id : ids) pool.addCase(cache.load(id), labels);
    return pool;
}

TrainingData loadData(const SliceCache& cache, const TrainingProfile& profile, const CaseSelection& selection) {
    TrainingData data;
    data.labeledTarget = poolOf(cache, profile, selection.labeledTarget, true);
    data.unlabeledTarget = poolOf(cache, profile, selection.unlabeledTarget, false);
    data.assistant = poolOf(cache, profile, selection.assistant, true);
    for (const auto& id : selection.validation) data.validationCases.push_back(cache.load(id));
    return data;
}

// What identifies the slices a run trains and validates on, in the order the run uses them.
std::string digestOf(const TrainingData& data) {
    ContentDigest digest;
    for (const SlicePool* pool : {&data.labeledTarget, &data.unlabeledTarget, &data.assistant}) pool->addTo(digest);
    digest.addCount(data.validationCases.size());
    for (const CaseSlices& validation : data.validationCases) {
        digest.addCount(std::uint64_t(validation.count));
        digest.addArray(validation.images);
        digest.addArray(validation.labels);
    }
    return digest.hex();
}

RunRecord recordOf(const TrainingPlan& plan, const GradientSync& sync) {
    RunRecord record(plan.config.runDir);
    record.config = plan.config;
    record.profile = plan.profile;
    record.classes = plan.cache.classes();
    record.selection = plan.selection;
    record.cacheKey = plan.cache.key();
    record.preprocessing = SliceCacheJson::fromParameters(plan.cache.parameters());
    record.deviceUsed = plan.device.str();
    record.engineCommit = BuildCommit::text();
    if (sync.isDistributed()) record.distributed = DistributedSetting{sync.worldSize(), sync.backend()};
    return record;
}

} // namespace

TrainingPlan TrainingPlan::make(const TrainingConfig& config, const TrainingProfile& profile, GradientSync* sync) {
    TrainingPlan plan;
    plan.config = config;
    plan.method = &MethodTraits::of(config.method);
    plan.gradientSync = sync ? sync : &GradientSync::singleProcess();
    plan.profile = profile;
    requireUsableConfig(config, *plan.method);
    if (config.iterations > 0) plan.profile.iterations = config.iterations;
    plan.cache = openCacheFor(config, plan.profile);
    plan.classes = int(plan.cache.classes().size());
    plan.selection = CaseSelection::choose(
        plan.cache, plan.method->usesTargetLabels ? config.labeledTarget : std::max(config.labeledTarget, 0),
        plan.profile.validationCases, config.seed, plan.method->usesAssistant);

    ComputeDevice::useAllCpuThreads();
    // Both are per-thread or per-process modes that outlive the run (the Studio trains on a reused worker thread):
    // set them on and off, from this run's profile, on the thread that trains.
    ThreadSettings::setFlushDenormals(plan.profile.flushDenormals);
    ThreadSettings::setCudnnBenchmark(plan.profile.cudnnBenchmark);
    plan.device = ComputeDevice::resolve(config.device, plan.deviceMessage);
    plan.record = recordOf(plan, *plan.gradientSync);
    refuseToOverwrite(plan);
    plan.data = loadData(plan.cache, plan.profile, plan.selection);
    plan.record.dataDigest = digestOf(plan.data);
    plan.resumed = stateToContinue(plan);
    if (config.resume && plan.resumed.config.is_object())
        plan.record.engineCommit = RunRecord::engineCommitAfterResume(
            plan.resumed.config.value("engine_commit", std::string()), plan.record.engineCommit);
    return plan;
}

SlicePool TrainingPlan::slicesOf(const std::vector<std::string>& ids, bool labels) const {
    return poolOf(cache, profile, ids, labels);
}

bool TrainingPlan::writesRunFolder() const { return !gradientSync || gradientSync->isRankZero(); }

} // namespace crossseg
