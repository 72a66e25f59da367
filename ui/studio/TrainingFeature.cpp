#include "ui/studio/TrainingFeature.h"

#include "ui/studio/MainWindow.h"
#include "ui/alignment/AlignmentWindow.h"
#include "ui/model/CaseSource.h"
#include "ui/log/TaskProgressIndicator.h"
#include "ui/teaching/TeachingDemo.h"
#include "ui/tasks/BackgroundPrediction.h"
#include "ui/tasks/BackgroundTraining.h"
#include "ui/tasks/EventLoopStallProbe.h"
#include "ui/runs/RunsPanel.h"
#include "ui/monitor/TrainingMonitor.h"
#include "ui/model/TrainingPipeline.h"
#include "ui/wizard/TrainingWizard.h"
#include "core/util/Log.h"
#include "core/util/UserDataPaths.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace crossseg::ui {

TrainingFeature::TrainingFeature(MainWindow* window) : QObject(window), window_(window) {
    training_ = new BackgroundTraining(this);
    prediction_ = new BackgroundPrediction(this);
    stallProbe_ = new EventLoopStallProbe(5, this);

    monitor_ = new TrainingMonitor;
    monitor_->attach(training_);
    monitorDock_ = new QDockWidget(tr("Training monitor"), window);
    monitorDock_->setObjectName("trainingMonitorDock");
    monitorDock_->setWidget(monitor_);
    window->addDock(monitorDock_, Qt::RightDockWidgetArea);
    monitorDock_->hide();

    runsPanel_ = new RunsPanel;
    runsDock_ = new QDockWidget(tr("Runs"), window);
    runsDock_->setObjectName("runsDock");
    runsDock_->setWidget(runsPanel_);
    window->addDock(runsDock_, Qt::RightDockWidgetArea);
    runsDock_->hide();
    {
        QSettings settings;
        QString runsFolder = settings.value("trainingWizard/runsFolder").toString();
        if (runsFolder.isEmpty()) runsFolder = QString::fromStdString((UserDataPaths::dataDirectory() / "runs").string());
        runsPanel_->setRunsFolder(runsFolder);
    }

    newTrainingAction_ = new QAction(tr("&New training..."), this);
    newTrainingAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    newTrainingAction_->setToolTip(tr("Train a segmentation model with the training wizard"));
    connect(newTrainingAction_, &QAction::triggered, this, &TrainingFeature::showWizard);
    predictAction_ = new QAction(tr("&Predict current case..."), this);
    predictAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(predictAction_, &QAction::triggered, this, [this] {
        const RunFolderSummary* run = runsPanel_->selectedRun();
        if (!run) {
            runsDock_->show();
            window_->showError(tr("Choose a trained run in the runs panel first."));
            return;
        }
        predictCurrentCase(QString::fromStdString(run->folder.string()));
    });
    auto* showMonitor = monitorDock_->toggleViewAction();
    showMonitor->setText(tr("Training &monitor"));
    auto* showRuns = runsDock_->toggleViewAction();
    showRuns->setText(tr("&Runs"));
    window->registerTrainingActions({newTrainingAction_, predictAction_, showMonitor, showRuns});

    auto* teachingAction = new QAction(tr("&Teaching demo"), this);
    connect(teachingAction, &QAction::triggered, this, &TrainingFeature::showTeachingDemo);
    window->registerHelpActions({teachingAction});

    connect(runsPanel_, &RunsPanel::resumeRequested, this, &TrainingFeature::resumeRun);
    connect(runsPanel_, &RunsPanel::predictRequested, this, &TrainingFeature::predictCurrentCase);
    connect(runsPanel_, &RunsPanel::alignmentRequested, this, &TrainingFeature::showAlignment);
    connect(training_, &BackgroundTraining::finished, this, &TrainingFeature::onTrainingFinished);
    connect(training_, &BackgroundTraining::validationReported, runsPanel_, &RunsPanel::refresh);
    connect(training_, &BackgroundTraining::progressReported, window_->progressIndicator(),
            &TaskProgressIndicator::showProgress);

    connect(prediction_, &BackgroundPrediction::progressReported, window_->progressIndicator(),
            &TaskProgressIndicator::showProgress);
    connect(prediction_, &BackgroundPrediction::finished, this,
            [this](const QString& caseId, std::shared_ptr<LabelVolume> labels) {
                window_->progressIndicator()->finish(tr("Prediction of %1 done").arg(caseId));
                window_->setPrediction(caseId, *labels, savePrediction(predictionRun_, caseId, *labels));
            });
    connect(prediction_, &BackgroundPrediction::intensityMismatch, this, &TrainingFeature::warnIntensityMismatch);
    connect(prediction_, &BackgroundPrediction::failed, this, [this](const QString& caseId, const QString& message) {
        window_->progressIndicator()->finish();
        window_->showError(tr("Prediction of %1 failed.").arg(caseId), message);
    });
}

TrainingFeature::~TrainingFeature() = default;

void TrainingFeature::showWizard() {
    if (training_->isRunning()) {
        window_->showError(tr("A training is already running. Cancel it or wait until it ends."));
        return;
    }
    auto* wizard = new TrainingWizard(
        [](const std::filesystem::path& path) { return *CaseSource::openDataset(path); }, window_);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (wizard->choices().datasetPaths.isEmpty() && !window_->currentDatasetPath().isEmpty())
        wizard->choices().datasetPaths = QStringList{window_->currentDatasetPath()};
    connect(wizard, &TrainingWizard::trainingRequested, this, [this, wizard] {
        try {
            startTraining(wizard->request());
            runsPanel_->setRunsFolder(wizard->choices().runsFolder);
        } catch (const std::exception& e) {
            window_->showError(tr("The training could not start."), QString::fromStdString(e.what()));
        }
    });
    wizard->show();
}

bool TrainingFeature::startTraining(const TrainingRequest& request) {
    QStringList classes;
    for (std::size_t c = 1; c < request.dataset.classes.size(); ++c)
        classes << QString::fromStdString(request.dataset.classes[c]);
    monitor_->setClassNames(classes);
    const TrainingRequest copy = request;
    const bool started = training_->start([copy](TaskControl& control, TrainingObserver* observer) {
        TrainingPipeline::run(copy, control, observer);
    }, QString::fromStdString(request.config.runDir.string()));
    if (!started) return false;
    monitorDock_->show();
    monitorDock_->raise();
    runsPanel_->setTrainingActive(true);
    stallProbe_->reset();
    stallProbe_->start();
    log::info("training started: " + request.config.runDir.string());
    return true;
}

void TrainingFeature::resumeRun(const QString& runDirectory) {
    try {
        startTraining(TrainingPipeline::resumeRequest(runDirectory.toStdString()));
    } catch (const std::exception& e) {
        window_->showError(tr("The run cannot be resumed."), QString::fromStdString(e.what()));
    }
}

void TrainingFeature::predictCurrentCase(const QString& runDirectory) {
    auto caseData = window_->currentCaseData();
    if (!caseData) {
        window_->showError(tr("Open a case first: the prediction is shown on the case in the views."));
        return;
    }
    if (prediction_->isRunning()) {
        window_->showError(tr("A prediction is already running."));
        return;
    }
    // The aliasing constructor keeps the whole case alive while the worker reads its image.
    std::shared_ptr<const ImageVolume> image(caseData, &caseData->image);
    predictionRun_ = runDirectory;
    prediction_->start(runDirectory, image, QString::fromStdString(caseData->caseId));
}

QString TrainingFeature::savePrediction(const QString& runDirectory, const QString& caseId, const LabelVolume& labels) {
    // Saved beside the run (RUN/predictions/<case>_prediction.nii.gz, on the image's own grid) so that the review
    // of this prediction has a file to sit beside and survives closing the Studio.
    auto caseData = window_->currentCaseData();
    if (!caseData || QString::fromStdString(caseData->caseId) != caseId || runDirectory.isEmpty()) return {};
    const std::filesystem::path file = std::filesystem::path(runDirectory.toStdString()) / "predictions" /
                                       (caseId.toStdString() + "_prediction.nii.gz");
    try {
        CaseSource::writeLabelsForCase(labels, *caseData, file);
    } catch (const std::exception& e) {
        window_->showError(tr("The prediction of %1 could not be saved.").arg(caseId), QString::fromStdString(e.what()));
        return {};
    }
    return QString::fromStdString(file.string());
}

void TrainingFeature::warnIntensityMismatch(const QString& caseId, const QString& sentence) {
    log::warn("prediction of " + caseId.toStdString() + ": " + sentence.toStdString());
    // Non-blocking: the prediction is shown all the same, with the reason it may be wrong beside it.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("CrossSeg Studio"),
                                tr("The intensities of %1 do not fit what the model was trained on; its prediction "
                                   "may be wrong.").arg(caseId),
                                QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("intensityMismatchWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(sentence);
    box->open();
    lastIntensityWarning_ = sentence;
}

void TrainingFeature::showAlignment(const QString& runDirectory) {
    auto* view = new AlignmentWindow(runDirectory, window_);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

void TrainingFeature::showTeachingDemo() {
    auto* demo = new TeachingDemo(window_);
    demo->setAttribute(Qt::WA_DeleteOnClose);
    demo->show();
}

void TrainingFeature::onTrainingFinished(const QString& state, const QString& message) {
    stallProbe_->stop();
    log::info("training " + state.toStdString() + "; longest GUI event-loop stall " +
              std::to_string(stallProbe_->maxStallMs()) + " ms over " + std::to_string(stallProbe_->samples()) +
              " probes");
    runsPanel_->setTrainingActive(false);
    runsPanel_->refresh();
    if (state == "failed") window_->showError(tr("The training failed."), message);
}

} // namespace crossseg::ui
