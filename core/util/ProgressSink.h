#pragma once
#include <string>

namespace crossseg {

// One step of progress of a long task (load, preprocess, train, predict, mesh).
struct ProgressUpdate {
    std::string stage;      // short, stable name: "preprocess", "train", "predict", ...
    double fraction = -1.0; // 0..1, or negative when unknown
    std::string message;    // human-readable detail
};

// Receives progress. The command line prints it; the Studio forwards it to the GUI thread with a queued signal.
// Called on the worker's thread.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    virtual void progress(const ProgressUpdate& update) = 0;
};

} // namespace crossseg
