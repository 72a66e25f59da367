#pragma once
#include "ui/model/TrainingRequest.h"

#include <filesystem>

namespace crossseg {
class TaskControl;
class TrainingObserver;
}

namespace crossseg::ui {

// What the Studio's training thread does for one request: the Qt-free TrainingJob of core/workflow (prepare the
// slice cache for the profile, then train), the same job the command line runs. Also reads a run folder back
// into a resume request.
class TrainingPipeline {
public:
    static void run(TrainingRequest request, TaskControl& control, TrainingObserver* observer);

    // A request that continues the run in `runDirectory` from its latest checkpoint (config resume = true),
    // reusing the slice cache recorded in its config.json. Throws InputError when the folder holds no run or the
    // cache is gone.
    static TrainingRequest resumeRequest(const std::filesystem::path& runDirectory);
};

} // namespace crossseg::ui
