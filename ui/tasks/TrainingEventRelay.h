#pragma once
#include "core/learn/TrainingObserver.h"
#include "ui/tasks/TrainingMetaTypes.h"
#include "core/util/ProgressSink.h"

#include <QObject>
#include <QString>

#include <chrono>

namespace crossseg::ui {

// Adapts the engine's Qt-free TrainingObserver and ProgressSink to Qt signals. It is called on the training
// thread; the signals reach GUI-thread receivers as queued calls, so the training never touches a widget.
// Iteration reports are thinned to a few dozen per second: a smoke run iterates faster than anyone can read,
// and flooding the GUI's event queue is exactly what would make it stall. The last report of a stage, and every
// validation and message always go through; progress updates are thinned the same way.
class TrainingEventRelay : public QObject, public TrainingObserver, public ProgressSink {
    Q_OBJECT
public:
    explicit TrainingEventRelay(QObject* parent = nullptr);

    void onIteration(const TrainingIterationReport& report) override;
    void onValidation(const TrainingValidationReport& report) override;
    void onMessage(const std::string& message) override;
    void progress(const ProgressUpdate& update) override;

    // Minimum time between two forwarded iteration reports (0 forwards all; tests use it).
    void setMinimumInterval(std::chrono::milliseconds interval) { minimumInterval_ = interval; }

Q_SIGNALS:
    void iterationReported(const crossseg::TrainingIterationReport& report);
    void validationReported(const crossseg::TrainingValidationReport& report);
    void messageReported(const QString& message);
    void progressReported(const QString& stage, double fraction, const QString& message);

private:
    std::chrono::milliseconds minimumInterval_{40};
    std::chrono::steady_clock::time_point lastForwarded_{};
    std::string lastStage_;
    std::chrono::steady_clock::time_point lastProgressForwarded_{};
    std::string lastProgressStage_;
};

} // namespace crossseg::ui
