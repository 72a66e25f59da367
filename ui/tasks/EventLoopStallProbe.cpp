#include "ui/tasks/EventLoopStallProbe.h"

#include <algorithm>

namespace crossseg::ui {

EventLoopStallProbe::EventLoopStallProbe(int intervalMs, QObject* parent)
    : QObject(parent), intervalMs_(intervalMs) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(intervalMs_);
    connect(&timer_, &QTimer::timeout, this, &EventLoopStallProbe::tick);
}

void EventLoopStallProbe::start() {
    clock_.start();
    lastNs_ = 0;
    timer_.start();
}

void EventLoopStallProbe::stop() { timer_.stop(); }

void EventLoopStallProbe::reset() {
    maxStallMs_ = 0.0;
    totalStallMs_ = 0.0;
    samples_ = 0;
    lastNs_ = clock_.isValid() ? clock_.nsecsElapsed() : 0;
}

void EventLoopStallProbe::tick() {
    const qint64 now = clock_.nsecsElapsed();
    const double lateMs = std::max(0.0, (now - lastNs_) / 1e6 - intervalMs_);
    lastNs_ = now;
    maxStallMs_ = std::max(maxStallMs_, lateMs);
    totalStallMs_ += lateMs;
    ++samples_;
}

} // namespace crossseg::ui
