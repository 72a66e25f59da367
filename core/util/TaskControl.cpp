#include "core/util/TaskControl.h"

namespace crossseg {

void TaskControl::requestCancel() {
    cancel_.store(true);
    std::lock_guard<std::mutex> lock(mutex_);
    wake_.notify_all();
}

void TaskControl::requestPause() { paused_.store(true); }

void TaskControl::resume() {
    paused_.store(false);
    std::lock_guard<std::mutex> lock(mutex_);
    wake_.notify_all();
}

void TaskControl::checkpoint() {
    if (paused_.load() && !cancel_.load()) {
        report("paused", -1.0, "paused");
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [this] { return !paused_.load() || cancel_.load(); });
    }
    if (cancel_.load()) throw TaskCancelled();
}

void TaskControl::report(const std::string& stage, double fraction, const std::string& message) {
    if (sink_) sink_->progress(ProgressUpdate{stage, fraction, message});
}

} // namespace crossseg
