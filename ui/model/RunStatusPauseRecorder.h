#pragma once
#include "core/util/ProgressSink.h"

#include <filesystem>

namespace crossseg::ui {

// Makes status.json say "paused" while a run waits at a pause, and "running" again once it goes on. The engine
// records running, finished, cancelled and failed itself, but a pause happens inside TaskControl::checkpoint,
// which only reports it (stage "paused") before blocking. This sink sits between the TaskControl and the real
// sink, on the training thread, so its writes never interleave with the engine's own status writes.
class RunStatusPauseRecorder : public ProgressSink {
public:
    RunStatusPauseRecorder(std::filesystem::path runDirectory, ProgressSink* downstream);

    void progress(const ProgressUpdate& update) override;

private:
    void setState(const char* state, const char* message);

    std::filesystem::path statusFile_;
    ProgressSink* downstream_;
    bool pausedRecorded_ = false;
};

} // namespace crossseg::ui
