#pragma once
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace crossseg {

// The last line of defence against a hang: backends time collectives out themselves (Gloo throws, NCCL with
// blocking wait throws), but a wait that never returns (a stuck driver, a peer frozen mid-connection) would
// keep a rank alive forever. The watchdog ends the process with a clear message and exit status 1 when one
// guarded operation runs longer than its limit.
class CollectiveWatchdog {
public:
    // `onExpiry(what)` runs on the watchdog's thread; the default logs and calls std::_Exit(1).
    explicit CollectiveWatchdog(std::function<void(const std::string& what)> onExpiry = {});
    ~CollectiveWatchdog();
    CollectiveWatchdog(const CollectiveWatchdog&) = delete;
    CollectiveWatchdog& operator=(const CollectiveWatchdog&) = delete;

    // Marks one operation as running from construction to destruction (operations do not nest).
    class Guard {
    public:
        Guard(CollectiveWatchdog& watchdog, std::string what, std::chrono::milliseconds limit);
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;

    private:
        CollectiveWatchdog& watchdog_;
    };

private:
    void watch();

    std::function<void(const std::string&)> onExpiry_;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool stopping_ = false;
    bool armed_ = false;
    std::string what_;
    std::chrono::steady_clock::time_point deadline_;
    std::thread thread_;
};

} // namespace crossseg
