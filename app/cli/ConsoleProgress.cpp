#include "ConsoleProgress.h"

#include "core/util/Log.h"

#include <cstdio>

namespace crossseg::cli {

void ConsoleProgress::progress(const ProgressUpdate& update) {
    if (quiet_ || log::consoleLevel() >= log::Level::Error) return;
    std::lock_guard<std::mutex> lock(mutex_);
    const int percent = update.fraction < 0 ? -1 : static_cast<int>(update.fraction * 100.0);
    if (update.stage == lastStage_ && percent == lastPercent_ && percent >= 0) return;
    lastStage_ = update.stage;
    lastPercent_ = percent;
    if (percent >= 0)
        std::fprintf(stderr, "[%s %3d%%] %s\n", update.stage.c_str(), percent, update.message.c_str());
    else
        std::fprintf(stderr, "[%s] %s\n", update.stage.c_str(), update.message.c_str());
}

} // namespace crossseg::cli
