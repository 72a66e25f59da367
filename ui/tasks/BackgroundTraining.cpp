#include "ui/tasks/BackgroundTraining.h"

#include "ui/tasks/TrainingEventRelay.h"
#include "core/util/TaskControl.h"

#include <QThread>

namespace crossseg::ui {

BackgroundTraining::BackgroundTraining(QObject* parent) : QObject(parent) {}

BackgroundTraining::~BackgroundTraining() {
    if (thread_) {
        if (control_) {
            control_->requestCancel();
            control_->resume();
        }
        thread_->quit();
        thread_->wait();
        delete worker_;
        delete thread_;
    }
}

bool BackgroundTraining::start(TrainingWorker::Job job, const QString& runDirectory) {
    if (running_) return false;
    if (thread_) { // the previous training's thread has ended; its objects go now
        thread_->wait();
        delete worker_;
        delete thread_;
        worker_ = nullptr;
        thread_ = nullptr;
    }
    relay_ = std::make_unique<TrainingEventRelay>();
    // The engine records pauses in status.json itself (TrainingRecorder): the relay only forwards.
    control_ = std::make_unique<TaskControl>(relay_.get());
    runDirectory_ = runDirectory;
    running_ = true;
    paused_ = false;

    // The relay has no thread affinity that matters: it only emits. Receivers here are on the GUI thread, so
    // Qt queues every call.
    connect(relay_.get(), &TrainingEventRelay::iterationReported, this, &BackgroundTraining::iterationReported);
    connect(relay_.get(), &TrainingEventRelay::validationReported, this, &BackgroundTraining::validationReported);
    connect(relay_.get(), &TrainingEventRelay::messageReported, this, &BackgroundTraining::messageReported);
    connect(relay_.get(), &TrainingEventRelay::progressReported, this, &BackgroundTraining::progressReported);

    thread_ = new QThread;
    thread_->setObjectName("training");
    worker_ = new TrainingWorker(std::move(job), control_.get(), relay_.get());
    worker_->moveToThread(thread_);
    connect(thread_, &QThread::started, worker_, &TrainingWorker::run);
    connect(worker_, &TrainingWorker::done, this, &BackgroundTraining::onWorkerDone, Qt::QueuedConnection);
    thread_->start();
    Q_EMIT started(runDirectory_);
    return true;
}

void BackgroundTraining::pause() {
    if (!running_ || paused_) return;
    control_->requestPause();
    paused_ = true;
    Q_EMIT pausedChanged(true);
}

void BackgroundTraining::resume() {
    if (!running_ || !paused_) return;
    control_->resume();
    paused_ = false;
    Q_EMIT pausedChanged(false);
}

void BackgroundTraining::cancel() {
    if (!running_) return;
    control_->requestCancel(); // also wakes a paused worker, which then stops at its checkpoint
}

void BackgroundTraining::onWorkerDone(const QString& state, const QString& message) {
    thread_->quit();
    thread_->wait();
    running_ = false;
    if (paused_) {
        paused_ = false;
        Q_EMIT pausedChanged(false);
    }
    Q_EMIT finished(state, message);
}

} // namespace crossseg::ui
