#pragma once
#include "ui/tasks/TrainingMetaTypes.h"

#include <QStringList>
#include <QWidget>

#include <map>
#include <string>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace crossseg::ui {

class BackgroundTraining;
class MetricChart;

// Watches one background training: iteration, ETA, live curves of every loss term and of the per-class
// validation Dice, and the pause / resume / cancel buttons.
class TrainingMonitor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinimumWidth = 320; // pixels: the curves stay readable, the docks beside keep theirs
    explicit TrainingMonitor(QWidget* parent = nullptr);

    void attach(BackgroundTraining* training);  // one at a time; the monitor clears itself on `started`
    void setClassNames(const QStringList& names); // foreground classes, for the Dice legend

    MetricChart* lossChart() const { return lossChart_; }
    MetricChart* diceChart() const { return diceChart_; }
    int reportsReceived() const { return reportsReceived_; }
    int validationsReceived() const { return validationsReceived_; }
    QString stateText() const;
    QString etaText() const; // "ETA h:mm:ss (s/it)" while a run trains; empty once it has ended

    static QString formatDuration(double seconds);

private:
    void onStarted(const QString& runDirectory);
    void onIteration(const crossseg::TrainingIterationReport& report);
    void onValidation(const crossseg::TrainingValidationReport& report);
    void onProgress(const QString& stage, double fraction, const QString& message);
    void onPausedChanged(bool paused);
    void onFinished(const QString& state, const QString& message);
    void appendMessage(const QString& message);
    QString stageTitle(const std::string& stage) const;

    BackgroundTraining* training_ = nullptr;
    QStringList classNames_;
    std::map<std::string, int> stageOffsets_; // stage -> iterations of the stages before it (one x axis for all)
    int nextStageOffset_ = 0;
    int reportsReceived_ = 0;
    int validationsReceived_ = 0;

    QLabel* runLabel_;
    QLabel* stateLabel_;
    QLabel* iterationLabel_;
    QLabel* etaLabel_;
    QProgressBar* progressBar_;
    QPushButton* pauseButton_;
    QPushButton* cancelButton_;
    MetricChart* lossChart_;
    MetricChart* diceChart_;
    QPlainTextEdit* messages_;
};

} // namespace crossseg::ui
