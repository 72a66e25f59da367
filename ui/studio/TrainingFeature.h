#pragma once
#include <QObject>
#include <QString>

#include "core/image/Volume.h"

#include <memory>

class QAction;
class QDockWidget;

namespace crossseg {
struct Dataset;
}

namespace crossseg::ui {

class BackgroundPrediction;
class BackgroundTraining;
class EventLoopStallProbe;
class MainWindow;
class RunsPanel;
class TrainingMonitor;
struct TrainingRequest;

// The Studio's training side, plugged into the main window through its hooks: the Training menu (new training,
// predict, alignment view), the training monitor and runs docks, and Help -> Teaching demo.
class TrainingFeature : public QObject {
    Q_OBJECT
public:
    explicit TrainingFeature(MainWindow* window);
    ~TrainingFeature() override;

    BackgroundTraining* training() const { return training_; }
    TrainingMonitor* monitor() const { return monitor_; }
    RunsPanel* runsPanel() const { return runsPanel_; }
    EventLoopStallProbe* stallProbe() const { return stallProbe_; }

    void showWizard();
    // Starts a training from a request (the wizard's, or a resume). Returns false when one is already running.
    bool startTraining(const TrainingRequest& request);
    void resumeRun(const QString& runDirectory);
    void predictCurrentCase(const QString& runDirectory);
    void showAlignment(const QString& runDirectory);
    // Writes a finished prediction of the current case (canonical class indices) into
    // RUN/predictions/<case>_prediction.nii.gz on the image's own grid; returns its path (empty when not saved).
    QString savePrediction(const QString& runDirectory, const QString& caseId, const LabelVolume& labels);
    void showTeachingDemo();
    // Tells the user (a warning beside the prediction) that the image does not fit the model's convention.
    void warnIntensityMismatch(const QString& caseId, const QString& sentence);
    QString lastIntensityWarning() const { return lastIntensityWarning_; }

private:
    void onTrainingFinished(const QString& state, const QString& message);

    MainWindow* window_;
    BackgroundTraining* training_;
    BackgroundPrediction* prediction_;
    TrainingMonitor* monitor_;
    RunsPanel* runsPanel_;
    QString predictionRun_; // run folder of the prediction in flight
    QString lastIntensityWarning_;
    EventLoopStallProbe* stallProbe_;
    QDockWidget* monitorDock_;
    QDockWidget* runsDock_;
    QAction* newTrainingAction_;
    QAction* predictAction_;
};

} // namespace crossseg::ui
