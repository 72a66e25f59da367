#pragma once
#include <QObject>
#include <QString>

#include <functional>

namespace crossseg {
class TaskControl;
class TrainingObserver;
}

namespace crossseg::ui {

// Lives on the training thread and runs one job there. The job is any function of (TaskControl, observer):
// preprocessing plus TrainingRun::run in the Studio, a scripted stand-in in tests.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    using Job = std::function<void(TaskControl& control, TrainingObserver* observer)>;

    TrainingWorker(Job job, TaskControl* control, TrainingObserver* observer);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // state: "finished", "cancelled" or "failed"; message: the error for "failed".
    void done(const QString& state, const QString& message);

private:
    Job job_;
    TaskControl* control_;
    TrainingObserver* observer_;
};

} // namespace crossseg::ui
