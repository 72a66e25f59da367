#include "core/workflow/TrainingJob.h"

#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/eval/RunEvaluator.h"
#include "core/learn/RunRecord.h"
#include "core/learn/TrainingRun.h"
#include "core/preprocess/SliceCache.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

namespace crossseg {

TrainingJob::TrainingJob(TrainingConfig config)
    : TrainingJob(config, TrainingProfile::resolve(config.profile, config.profileOverrides)) {}

TrainingJob::TrainingJob(TrainingConfig config, TrainingProfile profile)
    : config_(std::move(config)), profile_(std::move(profile)) {}

TrainingJob TrainingJob::resuming(const std::filesystem::path& runDirectory) {
    const RunRecord record = RunRecord::read(runDirectory);
    TrainingConfig config = record.config;
    config.runDir = runDirectory;
    config.resume = true;
    if (!SliceCache::exists(config.cache))
        throw InputError(record.configFile(), "its slice cache " + config.cache.string() +
                                                  " is gone; start a new training instead");
    // The profile the run recorded (a profile file may have changed or gone since; a resume needs the same one).
    return TrainingJob(config, record.profile);
}

std::filesystem::path TrainingJob::prepare(const std::filesystem::path& source, const std::filesystem::path& cacheRoot,
                                           TaskControl& control) {
    if (SliceCache::exists(source)) {
        config_.cache = source;
        return source;
    }
    if (std::filesystem::exists(source / "cache.json")) SliceCache::open(source); // the precise reason (version, corruption)
    return prepare(DatasetDiscovery::open(source), cacheRoot, control);
}

std::filesystem::path TrainingJob::prepare(const Dataset& dataset, const std::filesystem::path& cacheRoot,
                                           TaskControl& control) {
    SliceCacheParameters parameters;
    parameters.height = profile_.height;
    parameters.width = profile_.width;
    const std::filesystem::path root = cacheRoot.empty() ? DatasetCachePreparer::defaultCacheRoot() : cacheRoot;
    config_.cache = DatasetCachePreparer::prepare(dataset, parameters, root, control);
    log::info("training from slice cache " + config_.cache.string());
    return config_.cache;
}

void TrainingJob::train(TaskControl& control, TrainingObserver* observer) {
    if (config_.cache.empty()) throw InputError("no slice cache: prepare the dataset first");
    predictor_.reset();
    TrainingRun run(config_, profile_);
    if (gradientSync_) run.setGradientSync(*gradientSync_);
    run.run(control, observer);
}

Predictor& TrainingJob::predictor() {
    if (!predictor_) predictor_ = Predictor::load(config_.runDir, config_.device);
    return *predictor_;
}

LabelVolume TrainingJob::predict(const ImageVolume& image, const std::string& model, TaskControl* control) {
    return predictor().predict(image, model, control);
}

EvaluationReport TrainingJob::evaluate(const std::filesystem::path& dataset, const std::string& split,
                                       TaskControl* control) const {
    RunEvaluator::Options options;
    options.runDir = config_.runDir;
    options.dataset = dataset;
    options.split = split;
    options.device = config_.device;
    return RunEvaluator::evaluate(options, control);
}

} // namespace crossseg
