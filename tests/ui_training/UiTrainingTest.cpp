// The Studio's training side: wizard, label-set check, background training with pause/resume/cancel/resume-from-
// checkpoint, the monitor's curves, the runs panel and the alignment view.
#include "TestData.h"
#include "TrainingTestSupport.h"
#include "IterationGate.h"

#include "ui/alignment/AlignmentView.h"
#include "ui/alignment/IntensityHistogram.h"
#include "ui/alignment/SliceHistogramPanel.h"
#include "ui/model/CaseSource.h"
#include "core/learn/TrainingProfile.h"
#include "core/phantom/DemoDatasetGenerator.h"
#include "ui/teaching/SegmentationComparison.h"
#include "ui/teaching/TeachingDemo.h"
#include "ui/tasks/BackgroundPrediction.h"
#include "ui/tasks/BackgroundTraining.h"
#include "ui/tasks/EventLoopStallProbe.h"
#include "ui/model/LabelSetCheck.h"
#include "ui/monitor/MetricChart.h"
#include "ui/runs/RunsPanel.h"
#include "ui/studio/MainWindow.h"
#include "ui/model/TrainingDatasetComposer.h"
#include "ui/studio/TrainingFeature.h"
#include "ui/monitor/TrainingMonitor.h"
#include "ui/model/TrainingPipeline.h"
#include "ui/wizard/TrainingWizard.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <thread>

using namespace crossseg;
using namespace crossseg::ui;
using namespace crossseg::test;


class UiTrainingTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir scratch_;
    std::filesystem::path demoData_;

    std::filesystem::path scratch() const { return scratch_.path().toStdString(); }
    // Parts of smokeTrainingPausesResumesCancelsAndResumesFromCheckpoint (QVERIFY returns early from them).
    void resumeFromTheRunsPanel(ui::BackgroundTraining& training, const std::filesystem::path& runDir,
                                int& validationsReported);
    void predictWithTheTrainedRun(const std::filesystem::path& data, const std::filesystem::path& runDir);

    // A two-case demo dataset (phantom), generated once for the tests that train for real.
    std::filesystem::path demoDataset() {
        if (demoData_.empty()) {
            DemoDatasetGenerator::Options options;
            options.outputFolder = scratch() / "demo";
            options.casesPerModality = 2;
            options.testCases = 1;
            options.seed = 3;
            DemoDatasetGenerator::generate(options);
            demoData_ = options.outputFolder;
        }
        return demoData_;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        TrainingWizard::setSettingsFile(scratch_.filePath("settings.ini"));
    }

    void backgroundTrainingReportsAndObeysPauseResumeCancel();
    void smokeTrainingPausesResumesCancelsAndResumesFromCheckpoint();
    void alignmentViewKeepsTheThreeSlicesInStep();
    void teachingDemoPreparesAndWalksThroughEveryStep();

    void responsivenessBenchmark();

    void predictionIsSavedInTheRunFolderOnTheImageGrid() {
        MainWindow window;
        auto* feature = new TrainingFeature(&window);
        window.openDataset(QString::fromStdString(demoDataset().string()), QStringLiteral("ct_test_2001"));
        QTRY_COMPARE_WITH_TIMEOUT(window.currentCaseId(), QStringLiteral("ct_test_2001"), 20000);
        const auto caseData = window.currentCaseData();
        // The case's reference stands in for a prediction: what matters is where and how it is written.
        const LabelVolume labels = caseData->reference;
        const QString run = QString::fromStdString((scratch() / "prediction-run").string());
        const QString file = feature->savePrediction(run, QStringLiteral("ct_test_2001"), labels);
        QVERIFY(file.endsWith("predictions/ct_test_2001_prediction.nii.gz"));
        const LabelVolume reread = CaseSource::readLabelsForCase(file.toStdString(), *caseData);
        QVERIFY(reread.geometry().sameGrid(labels.geometry()));
        QVERIFY(reread.voxels() == labels.voxels());
        // Another case than the one shown is not written (its grid is not known here).
        QVERIFY(feature->savePrediction(run, QStringLiteral("ct_train_1001"), labels).isEmpty());
    }

    void featurePlugsIntoTheMainWindow() {
        MainWindow window;
        auto* feature = new TrainingFeature(&window);
        QStringList training, help;
        for (QAction* a : window.menu("Training")->actions()) training << a->text();
        for (QAction* a : window.menu("Help")->actions()) help << a->text();
        QVERIFY2(training.contains("&New training..."), qPrintable(training.join(", ")));
        QVERIFY(training.contains("&Predict current case..."));
        QVERIFY(help.contains("&Teaching demo"));
        QVERIFY(window.findChild<QDockWidget*>("trainingMonitorDock"));
        QVERIFY(window.findChild<QDockWidget*>("runsDock"));
        QVERIFY(!feature->training()->isRunning());
    }
};

// A scripted job (no engine): checks the thread plumbing alone — queued reports arrive, pause holds the worker,
// resume releases it, cancel ends it as "cancelled".
void UiTrainingTest::backgroundTrainingReportsAndObeysPauseResumeCancel() {
    BackgroundTraining training;
    std::atomic<int> done{0};
    QSignalSpy finished(&training, &BackgroundTraining::finished);
    QSignalSpy iterations(&training, &BackgroundTraining::iterationReported);
    training.start([&done](TaskControl& control, TrainingObserver* observer) {
        for (int i = 1; i <= 100000; ++i) {
            control.checkpoint();
            TrainingIterationReport report;
            report.stage = "segmentation";
            report.iteration = i;
            report.totalIterations = 100000;
            report.losses = {{"sup", 1.0 / i}};
            observer->onIteration(report);
            done = i;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }, scratch_.filePath("scripted"));
    QVERIFY(training.isRunning());
    QTRY_VERIFY(iterations.count() > 0);
    training.pause();
    QVERIFY(training.isPaused());
    // Once paused, the worker stops at its next checkpoint and the count freezes.
    QTRY_VERIFY_WITH_TIMEOUT([&] { const int a = done; QTest::qWait(50); return done == a; }(), 5000);
    const int frozen = done;
    QTest::qWait(100);
    QCOMPARE(int(done), frozen);
    training.resume();
    QTRY_VERIFY(done > frozen);
    training.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QString("cancelled"));
    QVERIFY(!training.isRunning());
}

// The real thing on the demo phantom: wizard request -> preprocessing -> smoke mkd-iam training on its thread.
// The gate holds the worker at known iterations so that each control acts at a defined point.
void UiTrainingTest::smokeTrainingPausesResumesCancelsAndResumesFromCheckpoint() {
    const std::filesystem::path data = demoDataset();
    TrainingWizard wizard([](const std::filesystem::path& path) { return *CaseSource::openDataset(path); });
    wizard.choices() = TrainingChoices{};
    wizard.choices().datasetPaths = {QString::fromStdString(data.string())};
    wizard.choices().method = "mkd-iam";
    wizard.choices().profile = "smoke";
    wizard.choices().labeledTarget = 1;
    wizard.choices().runsFolder = scratch_.filePath("runs");
    wizard.show();
    for (int page = TrainingWizard::DatasetsPage; page < TrainingWizard::SummaryPage; ++page) clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(TrainingWizard::SummaryPage));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    TrainingRequest request = wizard.request();
    request.cacheRoot = scratch() / "slice-cache";
    request.config.iamCacheRoot = scratch() / "iam-cache";
    const std::filesystem::path runDir = request.config.runDir;

    BackgroundTraining training;
    TrainingMonitor monitor;
    showMonitor(monitor, training, request, QSize(900, 700));
    EventLoopStallProbe probe;
    probe.start();
    QSignalSpy finished(&training, &BackgroundTraining::finished);

    auto gate = std::make_shared<IterationGate>(std::set<int>{2, 6});
    training.start([request, gate](TaskControl& control, TrainingObserver* observer) {
        gate->setInner(observer);
        TrainingPipeline::run(request, control, gate.get());
    }, QString::fromStdString(runDir.string()));

    // Pause while the worker is held at iteration 2: it stops at its next checkpoint and says so in status.json.
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached(2) || !training.isRunning(), 240000);
    QVERIFY2(training.isRunning(), qPrintable(finished.isEmpty() ? QString() : finished.at(0).at(1).toString()));
    training.pause();
    gate->release(2);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(statusState(runDir)), QString("paused"), 30000);
    QCOMPARE(monitor.stateText(), QString("Paused"));

    // Resume: it goes on to iteration 6 and status.json says running again.
    training.resume();
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached(6), 30000);
    QCOMPARE(QString::fromStdString(statusState(runDir)), QString("running"));

    // Cancel: the run ends as cancelled with its latest checkpoint written.
    training.cancel();
    gate->release(6);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toString(), QString("cancelled"));
    QCOMPARE(QString::fromStdString(statusState(runDir)), QString("cancelled"));
    QVERIFY2(monitor.etaText().isEmpty(), qPrintable(monitor.etaText())); // no ETA for a run that has stopped
    QVERIFY(std::filesystem::exists(runDir / "checkpoints" / "latest.pt"));
    QVERIFY(monitor.reportsReceived() > 0);

    int validations = 0;
    resumeFromTheRunsPanel(training, runDir, validations);
    if (QTest::currentTestFailed()) return;
    predictWithTheTrainedRun(data, runDir);
    if (QTest::currentTestFailed()) return;
    probe.stop();

    // Live curves got every loss term and the per-class Dice.
    monitor.lossChart()->flush();
    monitor.diceChart()->flush();
    QVERIFY(monitor.lossChart()->seriesNames().size() >= 2);
    QVERIFY(monitor.diceChart()->seriesNames().size() >= 2);
    QCOMPARE(monitor.stateText(), QString("Finished"));
    saveScreenshot(&monitor, "training-monitor.png");
    QVERIFY(validations > 0);
    RunsPanel panel;
    panel.setRunsFolder(scratch_.filePath("runs"));
    QVERIFY(panel.runs()[0].state == RunState::Finished);
    QVERIFY(panel.runs()[0].bestMeanDice && *panel.runs()[0].bestMeanDice >= 0.0);
    panel.resize(700, 220);
    saveScreenshot(&panel, "runs-panel.png");
    // Recorded for docs/BENCHMARKS.md; not asserted (timing depends on the machine).
    qInfo("longest event-loop stall during the training: %.1f ms (mean %.2f ms, %lld probes)", probe.maxStallMs(),
          probe.meanStallMs(), probe.samples());
}

// Part of the smoke test: the cancelled run is listed as resumable, and resuming continues from the checkpoint to
// the end, reporting validations.
void UiTrainingTest::resumeFromTheRunsPanel(BackgroundTraining& training, const std::filesystem::path& runDir,
                                            int& validationsReported) {
    QSignalSpy finished(&training, &BackgroundTraining::finished);
    // The runs panel lists it as resumable; resuming continues from the checkpoint to the end.
    RunsPanel panel;
    panel.setRunsFolder(scratch_.filePath("runs"));
    QCOMPARE(panel.runs().size(), std::size_t(1));
    QVERIFY(panel.runs()[0].state == RunState::Cancelled);
    QVERIFY(panel.runs()[0].canResume());
    QSignalSpy resumeRequested(&panel, &RunsPanel::resumeRequested);
    panel.selectRun(QString::fromStdString(panel.runs()[0].name));
    QTest::mouseClick(panel.findChild<QPushButton*>("resumeRunButton"), Qt::LeftButton);
    QCOMPARE(resumeRequested.count(), 1);

    const TrainingRequest resume =
        TrainingPipeline::resumeRequest(resumeRequested.at(0).at(0).toString().toStdString());
    QVERIFY(resume.config.resume);
    QSignalSpy validations(&training, &BackgroundTraining::validationReported);
    QVERIFY(training.start([resume](TaskControl& control, TrainingObserver* observer) {
        TrainingPipeline::run(resume, control, observer);
    }, QString::fromStdString(runDir.string())));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    QCOMPARE(finished.at(0).at(0).toString(), QString("finished"));
    QCOMPARE(QString::fromStdString(statusState(runDir)), QString("finished"));
    QVERIFY(std::filesystem::exists(runDir / "checkpoints" / "best.pt"));
    validationsReported = validations.count();
}

// Part of the smoke test: prediction with the trained run, in the background; an image that fits the model's
// intensity convention gives no warning, one that does not is named.
void UiTrainingTest::predictWithTheTrainedRun(const std::filesystem::path& data, const std::filesystem::path& runDir) {
    // Prediction with the trained run, in the background, on a CT case: labels on the image's own grid.
    const auto dataset = CaseSource::openDataset(data);
    const DatasetCase* ctCase = dataset->casesOfModality("ct").front();
    std::shared_ptr<CaseData> caseData = CaseSource::loadCase(*dataset, *ctCase);
    BackgroundPrediction prediction;
    QSignalSpy predicted(&prediction, &BackgroundPrediction::finished);
    QSignalSpy predictionFailed(&prediction, &BackgroundPrediction::failed);
    QSignalSpy predictionProgress(&prediction, &BackgroundPrediction::progressReported);
    QSignalSpy mismatch(&prediction, &BackgroundPrediction::intensityMismatch);
    QVERIFY(prediction.start(QString::fromStdString(runDir.string()),
                             std::shared_ptr<const ImageVolume>(caseData, &caseData->image),
                             QString::fromStdString(ctCase->id)));
    QTRY_VERIFY_WITH_TIMEOUT(predicted.count() + predictionFailed.count() > 0, 120000);
    QVERIFY2(predictionFailed.isEmpty(),
             qPrintable(predictionFailed.isEmpty() ? QString() : predictionFailed.at(0).at(1).toString()));
    QVERIFY(predictionProgress.count() > 0);
    const auto labels = predicted.at(0).at(1).value<std::shared_ptr<LabelVolume>>();
    QVERIFY(labels->geometry().sameGrid(caseData->image.geometry()));
    QCOMPARE(predicted.at(0).at(0).toString(), QString::fromStdString(ctCase->id));
    QCOMPARE(mismatch.count(), 0); // the demo CT in Hounsfield units fits the model

    // An image that does not fit the model's convention (the CT model given 8-bit values, as the shared CT was
    // once stored) is still predicted, with the mismatch named.
    auto eightBit = std::make_shared<ImageVolume>(caseData->image);
    const auto [low, high] = std::minmax_element(eightBit->voxels().begin(), eightBit->voxels().end());
    const float lowest = *low, range = std::max(1.0f, *high - *low);
    for (float& v : eightBit->voxels()) v = std::round(255.0f * (v - lowest) / range);
    QVERIFY(prediction.start(QString::fromStdString(runDir.string()), eightBit, QStringLiteral("eight-bit")));
    QTRY_VERIFY_WITH_TIMEOUT(predicted.count() + predictionFailed.count() > 1, 120000);
    QCOMPARE(mismatch.count(), 1);
    QCOMPARE(mismatch.at(0).at(0).toString(), QStringLiteral("eight-bit"));
    QVERIFY(!mismatch.at(0).at(1).toString().isEmpty());
}

void UiTrainingTest::alignmentViewKeepsTheThreeSlicesInStep() {
    // MR: 10 slices whose value is the slice index; CT: 4 slices. The same relative height must be shown.
    auto volume = [](int count, float scale) {
        CaseSlices s;
        s.count = count;
        s.height = 16;
        s.width = 16;
        for (int k = 0; k < count; ++k)
            for (int p = 0; p < 256; ++p) s.images.push_back(-1.0f + scale * k + 0.001f * (p % 16));
        return s;
    };
    AlignmentView view;
    view.resize(900, 400);
    view.setAssistantCase(volume(10, 0.2f), "mr");
    view.setTargetCase(volume(4, 0.5f), "ct");
    std::atomic<int> translations{0}; // the translator runs on a worker thread
    view.setTranslator([&translations](const GraySlice& s) {
        ++translations;
        GraySlice out = s;
        for (float& v : out.pixels) v = -v; // a stand-in "IAM": inverts contrast
        return out;
    });
    view.show();
    view.setPosition(1.0);
    QCOMPARE(view.assistantSliceIndex(), 9);
    QCOMPARE(view.targetSliceIndex(), 3);
    QSignalSpy shown(&view, &AlignmentView::translationShown);
    QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toInt() == 9);
    view.setPosition(0.5);
    QCOMPARE(view.assistantSliceIndex(), 5); // round(0.5 * 9)
    QCOMPARE(view.targetSliceIndex(), 2);    // round(0.5 * 3)
    QCOMPARE(view.assistantPanel()->slice().pixels[0], -1.0f + 0.2f * 5);
    // The generator runs off the GUI thread: the slice arrives a moment later.
    QTRY_VERIFY(shown.last().at(0).toInt() == 5);
    QCOMPARE(view.translatedPanel()->slice().pixels[0], 1.0f - 0.2f * 5);
    QCOMPARE(view.targetPanel()->slice().pixels[0], -1.0f + 0.5f * 2);
    // Each histogram counts every pixel of its slice.
    int total = 0;
    for (int c : view.targetPanel()->histogram()->counts()) total += c;
    QCOMPARE(total, 256);
    // Slices 5 and 9 were translated once each; going back to them reuses the translations instead of running
    // the generator again, a new slice runs it once more.
    QCOMPARE(translations.load(), 2);
    view.setPosition(1.0);
    view.setPosition(0.5);
    QCOMPARE(translations.load(), 2);
    view.setPosition(0.0);
    QTRY_VERIFY(shown.last().at(0).toInt() == 0);
    QCOMPARE(translations.load(), 3);
    // A slider dragged across many slices while the generator is busy translates the one it stops at, not all.
    for (double f = 0.1; f <= 0.95; f += 0.1) view.setPosition(f);
    QTRY_VERIFY(shown.last().at(0).toInt() == view.assistantSliceIndex());
    QVERIFY2(translations.load() < 3 + 9, qPrintable(QString::number(translations.load())));
    saveScreenshot(&view, "alignment-view-synthetic.png");
}

// The whole walkthrough on a 2-case phantom with the smoke profile: preparation in the background, then every
// step shows its picture; a screenshot of the IAM step and of the ensemble step go to the artifacts.
void UiTrainingTest::teachingDemoPreparesAndWalksThroughEveryStep() {
    TeachingDemo demo(nullptr, "smoke");
    demo.setWorkFolder(scratch_.filePath("teaching"));
    demo.setCasesPerModality(2);
    demo.show();
    QCOMPARE(demo.currentStep(), int(TeachingDemo::Welcome));
    // Every profile on offer exists (an unknown one would fail only after the teacher pressed Prepare), and the
    // converged one, as the wizard proposes for real data, is among them.
    auto* profiles = demo.findChild<QComboBox*>("teachingProfileCombo");
    for (int i = 0; i < profiles->count(); ++i)
        QVERIFY2(TrainingProfile::named(profiles->itemData(i).toString().toStdString()).iterations > 0,
                 qPrintable(profiles->itemText(i)));
    QVERIFY(profiles->findData(QStringLiteral("cpu-converged")) >= 0);
    demo.showStep(TeachingDemo::Ensemble);
    QCOMPARE(demo.currentStep(), int(TeachingDemo::Welcome)); // nothing to show before the preparation
    QSignalSpy ready(&demo, &TeachingDemo::ready);
    QSignalSpy finished(demo.preparation(), &BackgroundTraining::finished);
    QTest::mouseClick(demo.findChild<QPushButton*>("teachingPrepareButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 400000);
    QVERIFY2(ready.count() == 1, qPrintable(finished.at(0).at(1).toString()));
    auto* next = demo.findChild<QPushButton*>("teachingNextButton");
    for (int step = TeachingDemo::AppearanceGap; step < TeachingDemo::StepCount; ++step) {
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(demo.currentStep(), step);
        QCOMPARE(demo.findChild<QLabel*>("teachingExplanation")->text(), TeachingDemo::stepExplanation(step));
        if (step == TeachingDemo::Translation) {
            auto* view = demo.findChild<AlignmentView*>();
            // The trained IAM translates the MR slice (on a worker thread).
            QTRY_VERIFY_WITH_TIMEOUT(!view->translatedPanel()->slice().empty(), 20000);
            saveScreenshot(&demo, "teaching-step-iam.png");
        }
        if (step == TeachingDemo::Ensemble) {
            QCOMPARE(demo.findChild<SegmentationComparison*>()->panelCount(), 4); // reference, real, syn, ensemble
            saveScreenshot(&demo, "teaching-step-ensemble.png");
        }
    }
    QVERIFY(!next->isEnabled()); // the last step
}

// Not a test: the measurement behind docs/BENCHMARKS.md ("Studio responsiveness"). Runs only when
// CROSSSEG_BENCH_STUDIO=1: trains with the Studio's own thread, relay and monitor (curves drawn, window shown)
// and reports the longest event-loop stall. CROSSSEG_BENCH_DATASET (default: the shared abdomen manifest),
// CROSSSEG_BENCH_PROFILE (cpu-quick), CROSSSEG_BENCH_METHOD (target-only; "idle" measures without training),
// CROSSSEG_BENCH_SECONDS (cancel after). Set QTEST_FUNCTION_TIMEOUT above 300000 ms for runs over 5 minutes.
void UiTrainingTest::responsivenessBenchmark() {
    if (qEnvironmentVariableIntValue("CROSSSEG_BENCH_STUDIO") != 1) QSKIP("set CROSSSEG_BENCH_STUDIO=1 to measure");
    QString datasetPath = qEnvironmentVariable("CROSSSEG_BENCH_DATASET");
    if (datasetPath.isEmpty()) {
        CROSSSEG_REQUIRE_SHARED_DATA(root);
        datasetPath = QString::fromStdString((root / "abdomen-ct-mr" / "dataset.json").string());
    }
    const QString profile = qEnvironmentVariable("CROSSSEG_BENCH_PROFILE", "cpu-quick");
    const QString method = qEnvironmentVariable("CROSSSEG_BENCH_METHOD", "target-only");
    const int seconds = qEnvironmentVariableIsSet("CROSSSEG_BENCH_SECONDS") ? qEnvironmentVariableIntValue("CROSSSEG_BENCH_SECONDS") : 0;
    if (method == "idle") {
        // The control: the same probe and a shown monitor, no training. On a shared machine, stalls seen here
        // come from the scheduler, not from the Studio.
        TrainingMonitor monitor;
        monitor.resize(1000, 750);
        monitor.show();
        EventLoopStallProbe probe;
        probe.start();
        QTest::qWait(std::max(1, seconds) * 1000);
        probe.stop();
        qInfo("studio responsiveness (idle control, %d s): longest event-loop stall %.1f ms, mean lateness %.2f ms "
              "over %lld probes (5 ms timer)", seconds, probe.maxStallMs(), probe.meanStallMs(), probe.samples());
        return;
    }

    TrainingWizard wizard([](const std::filesystem::path& path) { return *CaseSource::openDataset(path); });
    wizard.choices() = TrainingChoices{};
    wizard.choices().datasetPaths = {datasetPath};
    wizard.choices().method = method;
    wizard.choices().profile = profile;
    wizard.choices().labeledTarget = 4;
    wizard.choices().runsFolder = scratch_.filePath("bench-runs");
    wizard.show();
    for (int page = TrainingWizard::DatasetsPage; page < TrainingWizard::SummaryPage; ++page) clickNext(wizard);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    TrainingRequest request = wizard.request();

    BackgroundTraining training;
    TrainingMonitor monitor;
    showMonitor(monitor, training, request, QSize(1000, 750));
    QSignalSpy finished(&training, &BackgroundTraining::finished);
    QElapsedTimer clock;
    clock.start();
    training.start([request](TaskControl& control, TrainingObserver* observer) {
        TrainingPipeline::run(request, control, observer);
    }, QString::fromStdString(request.config.runDir.string()));
    // Preprocessing runs first; the probe covers the training proper (first iteration report onwards).
    QSignalSpy iterations(&training, &BackgroundTraining::iterationReported);
    QTRY_VERIFY_WITH_TIMEOUT(!iterations.isEmpty() || !finished.isEmpty(), 1800000);
    EventLoopStallProbe probe;
    probe.start();
    const qint64 trainingStart = clock.elapsed();
    while (finished.isEmpty()) {
        QTest::qWait(200);
        if (seconds > 0 && clock.elapsed() > seconds * 1000LL && training.isRunning()) training.cancel();
    }
    probe.stop();
    saveScreenshot(&monitor, "training-monitor-benchmark.png");
    qInfo("studio responsiveness: %s %s on %s: %s after %.0f s of training; %d iteration reports; longest "
          "event-loop stall %.1f ms, mean lateness %.2f ms over %lld probes (5 ms timer)",
          qPrintable(method), qPrintable(profile), qPrintable(datasetPath), qPrintable(finished.at(0).at(0).toString()),
          (clock.elapsed() - trainingStart) / 1000.0, monitor.reportsReceived(), probe.maxStallMs(), probe.meanStallMs(),
          probe.samples());
}

int runTestUiTraining(int argc, char** argv) {
    UiTrainingTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "UiTrainingTest.moc"
