#include "ui/model/TrainingPipeline.h"

#include "core/util/Log.h"
#include "core/workflow/TrainingJob.h"

namespace crossseg::ui {

void TrainingPipeline::run(TrainingRequest request, TaskControl& control, TrainingObserver* observer) {
    // The one training job of CrossSeg (core/workflow): it resolves the profile once (a name or a JSON profile
    // file), prepares the slice cache at its slice size and trains; the Studio only runs it on its own thread.
    // A resumed run keeps the profile it recorded (a profile file may have changed since).
    TrainingJob job = request.resumeRun.empty() ? TrainingJob(request.config) : TrainingJob::resuming(request.resumeRun);
    if (request.needsPreprocessing)
        log::info("training from slice cache " + job.prepare(request.dataset, request.cacheRoot, control).string());
    job.train(control, observer);
}

TrainingRequest TrainingPipeline::resumeRequest(const std::filesystem::path& runDirectory) {
    // TrainingJob::resuming reads the run's record and refuses a folder without a run or with its cache gone.
    TrainingRequest request;
    request.config = TrainingJob::resuming(runDirectory).config();
    request.resumeRun = runDirectory;
    request.needsPreprocessing = false;
    return request;
}

} // namespace crossseg::ui
