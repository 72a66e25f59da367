#include "ui/model/TrainingPipeline.h"

#include "core/dataset/DatasetCachePreparer.h"
#include "core/learn/RunFolder.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/TrainingRun.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

namespace crossseg::ui {

void TrainingPipeline::run(TrainingRequest request, TaskControl& control, TrainingObserver* observer) {
    TrainingConfig& config = request.config;
    if (request.needsPreprocessing) {
        const TrainingProfile profile = TrainingProfile::named(config.profile);
        SliceCacheParameters parameters;
        parameters.height = profile.height;
        parameters.width = profile.width;
        config.cache = DatasetCachePreparer::prepare(request.dataset, parameters, request.cacheRoot, control);
        log::info("training from slice cache " + config.cache.string());
    }
    TrainingRun run(config);
    run.run(control, observer);
}

TrainingRequest TrainingPipeline::resumeRequest(const std::filesystem::path& runDirectory) {
    RunFolder folder(runDirectory);
    TrainingRequest request;
    request.config = TrainingConfig::fromJson(folder.readConfig());
    request.config.runDir = runDirectory;
    request.config.resume = true;
    request.needsPreprocessing = false;
    if (!std::filesystem::exists(request.config.cache / "cache.json"))
        throw InputError(folder.configFile(), "its slice cache " + request.config.cache.string() +
                                                  " is gone; start a new training instead");
    return request;
}

} // namespace crossseg::ui
