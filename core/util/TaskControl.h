#pragma once
#include "core/util/ProgressSink.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>

namespace crossseg {

// Thrown at a checkpoint() after cancel was requested. Work stops cleanly; files already written stay valid.
class TaskCancelled : public std::runtime_error {
public:
    TaskCancelled() : std::runtime_error("cancelled by the user") {}
};

// The one Qt-free progress / pause / cancel interface between a long task and whoever started it.
// The controller (GUI thread, signal handler) calls requestPause/resume/requestCancel from any thread;
// the worker calls report() and checkpoint() at safe points.
class TaskControl {
public:
    explicit TaskControl(ProgressSink* sink = nullptr) : sink_(sink) {}

    void setSink(ProgressSink* sink) { sink_ = sink; }

    void requestCancel();
    void requestPause();
    void resume();
    bool isCancelRequested() const { return cancel_.load(); }
    bool isPaused() const { return paused_.load(); }

    // Worker side: blocks while paused, throws TaskCancelled once cancel was requested.
    void checkpoint();
    void report(const std::string& stage, double fraction, const std::string& message = {});

private:
    ProgressSink* sink_ = nullptr;
    std::atomic<bool> cancel_{false};
    std::atomic<bool> paused_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
};

} // namespace crossseg
