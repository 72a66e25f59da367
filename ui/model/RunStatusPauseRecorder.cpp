#include "ui/model/RunStatusPauseRecorder.h"

#include "core/util/AtomicFile.h"
#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace crossseg::ui {

RunStatusPauseRecorder::RunStatusPauseRecorder(std::filesystem::path runDirectory, ProgressSink* downstream)
    : statusFile_(std::move(runDirectory) / "status.json"), downstream_(downstream) {}

void RunStatusPauseRecorder::progress(const ProgressUpdate& update) {
    if (update.stage == "paused") {
        setState("paused", "paused by the user");
        pausedRecorded_ = true;
    } else if (pausedRecorded_) {
        setState("running", "resumed");
        pausedRecorded_ = false;
    }
    if (downstream_) downstream_->progress(update);
}

void RunStatusPauseRecorder::setState(const char* state, const char* message) {
    // Before the engine has written its first status (still preprocessing) there is nothing to annotate.
    if (!std::filesystem::exists(statusFile_)) return;
    try {
        nlohmann::json status;
        {
            std::ifstream in(statusFile_);
            in >> status;
        }
        if (status.value("state", std::string()) == state) return;
        status["state"] = state;
        status["message"] = message;
        AtomicFile::writeText(statusFile_, status.dump(2));
    } catch (const std::exception& e) {
        // A status line is not worth stopping a training for; the engine rewrites the file as it goes on.
        log::warn("could not record '" + std::string(state) + "' in " + statusFile_.string() + ": " + e.what());
    }
}

} // namespace crossseg::ui
