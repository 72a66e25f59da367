#include "ui/tasks/TrainingEventRelay.h"

namespace crossseg::ui {

TrainingEventRelay::TrainingEventRelay(QObject* parent) : QObject(parent) {
    qRegisterMetaType<crossseg::TrainingIterationReport>();
    qRegisterMetaType<crossseg::TrainingValidationReport>();
}

void TrainingEventRelay::onIteration(const TrainingIterationReport& report) {
    const auto now = std::chrono::steady_clock::now();
    const bool stageChanged = report.stage != lastStage_;
    const bool lastOfStage = report.iteration >= report.totalIterations;
    if (!stageChanged && !lastOfStage && now - lastForwarded_ < minimumInterval_) return;
    lastForwarded_ = now;
    lastStage_ = report.stage;
    Q_EMIT iterationReported(report);
}

void TrainingEventRelay::onValidation(const TrainingValidationReport& report) { Q_EMIT validationReported(report); }

void TrainingEventRelay::onMessage(const std::string& message) {
    Q_EMIT messageReported(QString::fromStdString(message));
}

void TrainingEventRelay::progress(const ProgressUpdate& update) {
    // Same thinning as iterations: a stage's progress at most every minimumInterval_, its first and last always.
    const auto now = std::chrono::steady_clock::now();
    const bool sameStage = update.stage == lastProgressStage_;
    if (sameStage && update.fraction < 1.0 && now - lastProgressForwarded_ < minimumInterval_) return;
    lastProgressForwarded_ = now;
    lastProgressStage_ = update.stage;
    Q_EMIT progressReported(QString::fromStdString(update.stage), update.fraction,
                            QString::fromStdString(update.message));
}

} // namespace crossseg::ui
