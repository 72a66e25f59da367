#pragma once
#include "core/util/ProgressSink.h"

#include <mutex>
#include <string>

namespace crossseg::cli {

// Prints progress on stderr as single lines, at most one per stage per percent, so logs stay readable.
class ConsoleProgress : public ProgressSink {
public:
    explicit ConsoleProgress(bool quiet = false) : quiet_(quiet) {}
    void progress(const ProgressUpdate& update) override;

private:
    bool quiet_;
    std::mutex mutex_;
    std::string lastStage_;
    int lastPercent_ = -1;
};

} // namespace crossseg::cli
