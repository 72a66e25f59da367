#pragma once
#include "ui/model/TrainingRequest.h"

#include <filesystem>

namespace crossseg {
class TaskControl;
class TrainingObserver;
}

namespace crossseg::ui {

// What the Studio's training thread does for one request: prepares (or reuses) the slice cache at the profile's
// slice size, then runs the training into the run folder. Also reads a run folder back into a resume request.
class TrainingPipeline {
public:
    static void run(TrainingRequest request, TaskControl& control, TrainingObserver* observer);

    // A request that continues the run in `runDirectory` from its latest checkpoint (config resume = true),
    // reusing the slice cache recorded in its config.json. Throws InputError when the folder holds no run or the
    // cache is gone.
    static TrainingRequest resumeRequest(const std::filesystem::path& runDirectory);
};

} // namespace crossseg::ui
