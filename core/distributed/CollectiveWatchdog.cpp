#include "core/distributed/CollectiveWatchdog.h"

#include "core/util/Log.h"

#include <cstdio>
#include <cstdlib>

namespace crossseg {

CollectiveWatchdog::CollectiveWatchdog(std::function<void(const std::string&)> onExpiry)
    : onExpiry_(std::move(onExpiry)) {
    if (!onExpiry_) {
        onExpiry_ = [](const std::string& what) {
            log::error(what);
            std::fflush(nullptr);
            std::_Exit(1); // the stuck call cannot be interrupted; exiting is the only way not to hang
        };
    }
    thread_ = std::thread([this] { watch(); });
}

CollectiveWatchdog::~CollectiveWatchdog() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void CollectiveWatchdog::watch() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
        if (!armed_) {
            changed_.wait(lock);
            continue;
        }
        const auto deadline = deadline_;
        if (changed_.wait_until(lock, deadline) == std::cv_status::timeout && armed_ && deadline_ == deadline &&
            !stopping_) {
            const std::string what = what_;
            armed_ = false;
            lock.unlock();
            onExpiry_(what);
            lock.lock();
        }
    }
}

CollectiveWatchdog::Guard::Guard(CollectiveWatchdog& watchdog, std::string what, std::chrono::milliseconds limit)
    : watchdog_(watchdog) {
    {
        std::lock_guard<std::mutex> lock(watchdog_.mutex_);
        watchdog_.armed_ = true;
        watchdog_.what_ = std::move(what);
        watchdog_.deadline_ = std::chrono::steady_clock::now() + limit;
    }
    watchdog_.changed_.notify_all();
}

CollectiveWatchdog::Guard::~Guard() {
    {
        std::lock_guard<std::mutex> lock(watchdog_.mutex_);
        watchdog_.armed_ = false;
    }
    watchdog_.changed_.notify_all();
}

} // namespace crossseg
