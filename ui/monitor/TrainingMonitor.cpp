#include "ui/monitor/TrainingMonitor.h"

#include "ui/tasks/BackgroundTraining.h"
#include "ui/monitor/MetricChart.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace crossseg::ui {

QString TrainingMonitor::formatDuration(double seconds) {
    if (!(seconds >= 0)) return QStringLiteral("-");
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar('0')).arg(s % 60, 2, 10, QChar('0'));
}

TrainingMonitor::TrainingMonitor(QWidget* parent) : QWidget(parent) {
    setObjectName("trainingMonitor");
    runLabel_ = new QLabel(tr("No training running."), this);
    runLabel_->setObjectName("monitorRunLabel");
    runLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The run folder is a long path: wrapped, it cannot widen the dock (and squeeze the dataset panel) on its own.
    runLabel_->setWordWrap(true);
    stateLabel_ = new QLabel(this);
    stateLabel_->setObjectName("monitorStateLabel");
    stateLabel_->setWordWrap(true);
    iterationLabel_ = new QLabel(this);
    iterationLabel_->setObjectName("monitorIterationLabel");
    iterationLabel_->setWordWrap(true);
    etaLabel_ = new QLabel(this);
    etaLabel_->setObjectName("monitorEtaLabel");
    etaLabel_->setWordWrap(true);
    progressBar_ = new QProgressBar(this);
    progressBar_->setRange(0, 1000);
    progressBar_->setTextVisible(false);
    pauseButton_ = new QPushButton(tr("Pause"), this);
    pauseButton_->setObjectName("pauseButton");
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName("cancelButton");
    pauseButton_->setEnabled(false);
    cancelButton_->setEnabled(false);

    lossChart_ = new MetricChart(tr("Training losses"), tr("iteration"), tr("loss"), this);
    diceChart_ = new MetricChart(tr("Validation Dice"), tr("iteration"), tr("Dice"), this);
    diceChart_->setFixedYRange(0.0, 1.0);
    lossChart_->emphasize(QStringLiteral("total"));
    messages_ = new QPlainTextEdit(this);
    messages_->setReadOnly(true);
    messages_->setMaximumBlockCount(500);
    messages_->setMaximumHeight(90);

    // Buttons on the run's row, the labels on one of their own: in a narrow dock nothing is cut off.
    auto* header = new QGridLayout;
    header->addWidget(runLabel_, 0, 0, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pauseButton_);
    buttons->addWidget(cancelButton_);
    header->addLayout(buttons, 0, 2, Qt::AlignRight | Qt::AlignTop);
    header->addWidget(stateLabel_, 1, 0);
    header->addWidget(iterationLabel_, 1, 1);
    header->addWidget(etaLabel_, 1, 2);
    header->addWidget(progressBar_, 2, 0, 1, 3);
    header->setColumnStretch(0, 1);
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(lossChart_);
    charts->addWidget(diceChart_);
    setMinimumWidth(kMinimumWidth);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(charts, 1);
    layout->addWidget(messages_);

    connect(pauseButton_, &QPushButton::clicked, this, [this] {
        if (!training_) return;
        if (training_->isPaused()) training_->resume();
        else training_->pause();
    });
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        if (training_) training_->cancel();
        stateLabel_->setText(tr("Cancelling..."));
    });
}

void TrainingMonitor::attach(BackgroundTraining* training) {
    if (training_) disconnect(training_, nullptr, this, nullptr);
    training_ = training;
    connect(training, &BackgroundTraining::started, this, &TrainingMonitor::onStarted);
    connect(training, &BackgroundTraining::iterationReported, this, &TrainingMonitor::onIteration);
    connect(training, &BackgroundTraining::validationReported, this, &TrainingMonitor::onValidation);
    connect(training, &BackgroundTraining::progressReported, this, &TrainingMonitor::onProgress);
    connect(training, &BackgroundTraining::messageReported, this, &TrainingMonitor::appendMessage);
    connect(training, &BackgroundTraining::pausedChanged, this, &TrainingMonitor::onPausedChanged);
    connect(training, &BackgroundTraining::finished, this, &TrainingMonitor::onFinished);
    if (training->isRunning()) onStarted(training->runDirectory());
}

void TrainingMonitor::setClassNames(const QStringList& names) { classNames_ = names; }

QString TrainingMonitor::stateText() const { return stateLabel_->text(); }

QString TrainingMonitor::etaText() const { return etaLabel_->text(); }

void TrainingMonitor::onStarted(const QString& runDirectory) {
    lossChart_->clear();
    diceChart_->clear();
    stageOffsets_.clear();
    nextStageOffset_ = 0;
    reportsReceived_ = 0;
    validationsReceived_ = 0;
    runLabel_->setText(tr("Run: %1").arg(runDirectory));
    stateLabel_->setText(tr("Starting..."));
    iterationLabel_->clear();
    etaLabel_->clear();
    progressBar_->setValue(0);
    pauseButton_->setText(tr("Pause"));
    pauseButton_->setEnabled(true);
    cancelButton_->setEnabled(true);
}

QString TrainingMonitor::stageTitle(const std::string& stage) const {
    if (stage == "iam") return tr("image alignment");
    if (stage == "segmentation") return tr("segmentation");
    return QString::fromStdString(stage);
}

void TrainingMonitor::onIteration(const crossseg::TrainingIterationReport& report) {
    ++reportsReceived_;
    auto [it, inserted] = stageOffsets_.try_emplace(report.stage, nextStageOffset_);
    if (inserted) {
        nextStageOffset_ += report.totalIterations;
        // Both charts span the stages known so far, so that a loss and the validation at the same iteration are
        // drawn one above the other.
        lossChart_->setXMaximum(nextStageOffset_);
        diceChart_->setXMaximum(nextStageOffset_);
    }
    const double x = it->second + report.iteration;
    for (const auto& [name, value] : report.losses) {
        QString series = QString::fromStdString(name);
        // The IAM's terms already carry an "iam_" prefix: the legend says it once ("iam: cycle").
        if (report.stage == "iam")
            series = QStringLiteral("iam: ") + (series.startsWith(QStringLiteral("iam_")) ? series.mid(4) : series);
        lossChart_->addPoint(series, x, value);
    }
    if (training_ && !training_->isPaused()) stateLabel_->setText(tr("Training (%1)").arg(stageTitle(report.stage)));
    iterationLabel_->setText(tr("Iteration %1 / %2").arg(report.iteration).arg(report.totalIterations));
    etaLabel_->setText(tr("ETA %1 (%2 s/it)")
                           .arg(formatDuration(report.etaSeconds))
                           .arg(report.secondsPerIteration, 0, 'f', 3));
    if (report.totalIterations > 0)
        progressBar_->setValue(static_cast<int>(1000.0 * report.iteration / report.totalIterations));
}

void TrainingMonitor::onValidation(const crossseg::TrainingValidationReport& report) {
    ++validationsReceived_;
    const int offset = stageOffsets_.count("segmentation") ? stageOffsets_.at("segmentation") : 0;
    const double x = offset + report.iteration;
    // Per-class curves for the model the method is judged by; the other models only as means, to keep the
    // legend readable.
    const std::string main = report.perClassDice.count("ensemble") ? "ensemble"
                             : report.perClassDice.count("single") ? "single"
                             : report.perClassDice.empty()          ? ""
                                                                    : report.perClassDice.begin()->first;
    if (!main.empty()) {
        const auto& dice = report.perClassDice.at(main);
        for (std::size_t c = 0; c < dice.size(); ++c) {
            const QString name = static_cast<int>(c) < classNames_.size() ? classNames_[static_cast<int>(c)]
                                                                          : tr("class %1").arg(c + 1);
            diceChart_->addPoint(name, x, dice[c]);
        }
    }
    for (const auto& [model, mean] : report.meanDice) {
        const QString name = tr("mean (%1)").arg(QString::fromStdString(model));
        diceChart_->emphasize(name);
        diceChart_->addPoint(name, x, mean);
    }
    if (report.isBest) appendMessage(tr("New best validation Dice %1 at iteration %2")
                                         .arg(report.selectionDice, 0, 'f', 3).arg(report.iteration));
}

void TrainingMonitor::onProgress(const QString& stage, double fraction, const QString& message) {
    if (stage == "paused") return; // the pause button already says so
    if (stage != "train" && stage != "iam" && stage != "segmentation") {
        stateLabel_->setText(message.isEmpty() ? stage : QStringLiteral("%1: %2").arg(stage, message));
        if (fraction >= 0) progressBar_->setValue(static_cast<int>(1000.0 * fraction));
    }
}

void TrainingMonitor::onPausedChanged(bool paused) {
    pauseButton_->setText(paused ? tr("Resume") : tr("Pause"));
    stateLabel_->setText(paused ? tr("Paused") : tr("Resuming..."));
}

void TrainingMonitor::onFinished(const QString& state, const QString& message) {
    lossChart_->flush();
    diceChart_->flush();
    pauseButton_->setEnabled(false);
    cancelButton_->setEnabled(false);
    pauseButton_->setText(tr("Pause"));
    etaLabel_->clear(); // nothing is left to wait for, whether the run finished, was cancelled or failed
    if (state == "finished") stateLabel_->setText(tr("Finished"));
    else if (state == "cancelled") stateLabel_->setText(tr("Cancelled (the latest checkpoint can be resumed)"));
    else stateLabel_->setText(tr("Failed: %1").arg(message));
    if (!message.isEmpty()) appendMessage(message);
}

void TrainingMonitor::appendMessage(const QString& message) {
    messages_->appendPlainText(QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString("HH:mm:ss"), message));
}

} // namespace crossseg::ui
