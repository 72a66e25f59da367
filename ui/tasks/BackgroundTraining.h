#pragma once
#include "ui/tasks/TrainingMetaTypes.h"
#include "ui/tasks/TrainingWorker.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace crossseg {
class TaskControl;
}

namespace crossseg::ui {

class TrainingEventRelay;

// One training running on its own thread, controlled from the GUI thread: start, pause, resume, cancel.
// Everything the training reports arrives here as queued signals (see TrainingEventRelay).
class BackgroundTraining : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTraining(QObject* parent = nullptr);
    ~BackgroundTraining() override; // cancels a running training and waits for its thread

    // Returns false (and does nothing) when a training is already running.
    bool start(TrainingWorker::Job job, const QString& runDirectory);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return running_; }
    bool isPaused() const { return paused_; }
    QString runDirectory() const { return runDirectory_; }
    TrainingEventRelay* relay() const { return relay_.get(); }

Q_SIGNALS:
    void started(const QString& runDirectory);
    void iterationReported(const crossseg::TrainingIterationReport& report);
    void validationReported(const crossseg::TrainingValidationReport& report);
    void messageReported(const QString& message);
    void progressReported(const QString& stage, double fraction, const QString& message);
    void pausedChanged(bool paused);
    // state: "finished", "cancelled" or "failed" (message says why).
    void finished(const QString& state, const QString& message);

private:
    void onWorkerDone(const QString& state, const QString& message);

    std::unique_ptr<TaskControl> control_;
    std::unique_ptr<TrainingEventRelay> relay_;
    QThread* thread_ = nullptr;
    TrainingWorker* worker_ = nullptr;
    QString runDirectory_;
    bool running_ = false;
    bool paused_ = false;
};

} // namespace crossseg::ui
