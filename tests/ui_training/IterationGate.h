#pragma once
// Test helper: makes a background training stop at chosen iterations until the test lets it go on, so that
// pause, resume and cancel are exercised at known points instead of racing a fast smoke run.
#include "core/learn/TrainingObserver.h"

#include <condition_variable>
#include <mutex>
#include <set>

class IterationGate : public crossseg::TrainingObserver {
public:
    explicit IterationGate(std::set<int> stops) : stops_(std::move(stops)) {}
    void setInner(crossseg::TrainingObserver* inner) { inner_ = inner; } // before the training starts

    void onIteration(const crossseg::TrainingIterationReport& report) override {
        if (inner_) inner_->onIteration(report);
        if (report.stage != "segmentation" || !stops_.count(report.iteration)) return;
        std::unique_lock<std::mutex> lock(mutex_);
        reached_.insert(report.iteration);
        wake_.wait(lock, [&] { return released_.count(report.iteration) > 0; });
    }
    void onValidation(const crossseg::TrainingValidationReport& report) override {
        if (inner_) inner_->onValidation(report);
    }
    void onMessage(const std::string& message) override {
        if (inner_) inner_->onMessage(message);
    }

    bool reached(int iteration) {
        std::lock_guard<std::mutex> lock(mutex_);
        return reached_.count(iteration) > 0;
    }
    void release(int iteration) {
        std::lock_guard<std::mutex> lock(mutex_);
        released_.insert(iteration);
        wake_.notify_all();
    }
    void releaseAll() {
        std::lock_guard<std::mutex> lock(mutex_);
        released_.insert(stops_.begin(), stops_.end());
        wake_.notify_all();
    }

private:
    crossseg::TrainingObserver* inner_ = nullptr;
    std::set<int> stops_;
    std::set<int> reached_, released_;
    std::mutex mutex_;
    std::condition_variable wake_;
};
