// The Studio's viewing, correction and review: what a user sees and what ends up in files.
#include "SyntheticCase.h"
#include "TestData.h"

#include "ui/studio/MainWindow.h"
#include "ui/model/CaseSource.h"
#include "ui/dataset/DatasetPanel.h"
#include "ui/editing/LabelEditor.h"
#include "core/image/LabelTable.h"
#include "core/io/VolumeReader.h"
#include "ui/labels/LabelTablePanel.h"
#include "ui/log/LogPanel.h"
#include "ui/preferences/LanguageSettings.h"
#include "ui/model/ReviewFile.h"
#include "ui/review/ReviewPanel.h"
#include "ui/model/SlicePlane.h"
#include "ui/slices/SliceView.h"
#include "ui/slices/SliceViewsPanel.h"
#include "ui/session/ViewerState.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <fstream>
#include <thread>

using namespace crossseg;
using namespace crossseg::ui;

namespace {

int greyAt(const QImage& image, int u, int v) { return qGray(image.pixel(u, v)); }

// Writes a two-modality MM-WHS folder (codes 500 = left ventricle, 205 = myocardium).
void writeMmwhsFolder(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    for (const char* modality : {"ct", "mr"}) {
        for (int n : {1001, 1002}) {
            VolumeGeometry g;
            g.size = {20, 18, 10};
            g.spacing = {1.2, 1.2, 2.0};
            const ImageVolume image = crossseg::test::positionCodedImage(g);
            LabelVolume labels = crossseg::test::sphereLabels(g, 500, 4.0);
            for (std::size_t i = 0; i < 3; ++i) labels.at(i, 0, 0) = 205;
            const std::string stem = std::string(modality) + "_train_" + std::to_string(n);
            VolumeWriter::writeImage(image, folder / (stem + "_image.nii.gz"));
            VolumeWriter::writeLabels(labels, folder / (stem + "_label.nii.gz"));
        }
    }
}

} // namespace

class UiViewerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void slicePlanesFollowTheRadiologicalConvention() {
        VolumeGeometry g;
        g.size = {30, 20, 10};
        g.spacing = {0.8, 0.9, 2.5};
        const SlicePlane axial(SliceOrientation::Axial, g);
        QCOMPARE(axial.width(), 30);
        QCOMPARE(axial.height(), 20);
        QCOMPARE(axial.sliceCount(), 10);
        // Canonical i runs to the patient's left: patient right is on screen left (u = 0).
        QCOMPARE(axial.voxelAt(0, 0, 4), (std::array<long, 3>{0, 0, 4}));
        const SlicePlane coronal(SliceOrientation::Coronal, g);
        // Superior (largest k) at the top row.
        QCOMPARE(coronal.voxelAt(3, 0, 7), (std::array<long, 3>{3, 7, 9}));
        QCOMPARE(coronal.pixelHeightMm(), 2.5);
        const SlicePlane sagittal(SliceOrientation::Sagittal, g);
        QCOMPARE(sagittal.width(), 20);
        QCOMPARE(sagittal.voxelAt(5, 9, 2), (std::array<long, 3>{2, 5, 0}));
        for (auto plane : {axial, coronal, sagittal}) {
            const std::array<long, 3> voxel{7, 11, 3};
            const auto pixel = plane.pixelOf(voxel);
            QCOMPARE(plane.voxelAt(pixel[0], pixel[1], pixel[2]), voxel);
        }
    }

    void windowLevelAndSliceChangesReachTheViews() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_a");
        ViewerState state;
        SliceViewsPanel panel(&state);
        panel.resize(600, 600);
        state.setCase(data);
        state.setOverlayOpacity(0.0);
        SliceView* axial = panel.view(SliceOrientation::Axial);
        const int k = axial->slice();
        // Window centred on this slice's voxel (i=4, j=6): value 1000k + 64 shows mid-grey, neighbours differ.
        const double value = data->image.at(4, 6, k);
        state.setWindowLevel({100.0, value});
        QCOMPARE(greyAt(axial->renderedImage(), 4, 6), 128);
        const WindowLevel narrow{100.0, value};
        QCOMPARE(greyAt(axial->renderedImage(), 4, 7), int(narrow.grey(data->image.at(4, 7, k))));
        QVERIFY(greyAt(axial->renderedImage(), 4, 7) != 128);
        state.setWindowLevel({100.0, value - 50.0}); // the voxel is now at the top of the window
        QCOMPARE(greyAt(axial->renderedImage(), 4, 6), 255);
        QCOMPARE(greyAt(panel.view(SliceOrientation::Coronal)->renderedImage(), 0, 0), 255); // top k, brightest

        // The CT presets are exact.
        panel.applyPreset(1);
        QCOMPARE(state.windowLevel().window, 400.0);
        QCOMPARE(state.windowLevel().level, 40.0);

        // Scrolling one notch moves the axial view to the next slice and the other views' crosshair with it.
        state.setWindowLevel({20000.0, 10000.0});
        const QImage before = axial->renderedImage();
        QWheelEvent wheel(QPointF(300, 300), axial->mapToGlobal(QPointF(300, 300)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(axial, &wheel);
        QCOMPARE(axial->slice(), k + 1);
        QCOMPARE(state.cursor()[2], static_cast<long>(k + 1));
        const WindowLevel wide{20000.0, 10000.0};
        const int expected = wide.grey(data->image.at(4, 6, k + 1));
        QCOMPARE(greyAt(axial->renderedImage(), 4, 6), expected);
        QVERIFY(greyAt(before, 4, 6) < expected);

        // Right-drag changes the window of every view.
        const WindowLevel start = state.windowLevel();
        QTest::mousePress(axial, Qt::RightButton, Qt::NoModifier, QPoint(100, 100));
        QMouseEvent move(QEvent::MouseMove, QPointF(160, 80), axial->mapToGlobal(QPointF(160, 80)), Qt::NoButton,
                         Qt::RightButton, Qt::NoModifier);
        QCoreApplication::sendEvent(axial, &move);
        QTest::mouseRelease(axial, Qt::RightButton, Qt::NoModifier, QPoint(160, 80));
        QVERIFY(state.windowLevel().window > start.window);
        QVERIFY(state.windowLevel().level < start.level);
    }

    void viewsKeepThePhysicalAspectRatio() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_b"); // spacing 1 x 1.5 x 3 mm
        ViewerState state;
        SliceView coronal(&state, SliceOrientation::Coronal);
        coronal.resize(400, 400);
        state.setCase(data);
        // Coronal: 24 voxels of 1 mm across, 12 voxels of 3 mm up: 24 mm by 36 mm on screen.
        const QPointF a = coronal.widgetPointOf({0, 0, 0});
        const QPointF b = coronal.widgetPointOf({1, 0, 1});
        const double perMmAcross = std::abs(b.x() - a.x()) / 1.0;
        const double perMmUp = std::abs(b.y() - a.y()) / 3.0;
        QVERIFY(std::abs(perMmAcross - perMmUp) < 1e-6);
    }

    void hiddenLabelsAndOutlinesChangeWhatIsDrawn() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_d");
        ViewerState state;
        SliceView axial(&state, SliceOrientation::Axial);
        state.setCase(data);
        state.setLabelTable(LabelTable::forClasses({"background", "organ"}));
        state.setWindowLevel({1.0, -1000.0}); // every voxel white
        state.setOverlayOpacity(1.0);
        const auto c = state.cursor(); // the sphere's centre
        QCOMPARE(axial.renderedImage().pixel(int(c[0]), int(c[1])), qRgb(230, 25, 75));
        state.setOutlineMode(true); // the inside of the sphere is no longer painted
        QCOMPARE(axial.renderedImage().pixel(int(c[0]), int(c[1])), qRgb(255, 255, 255));
        state.setOutlineMode(false);
        state.setLabelVisible(1, false);
        QCOMPARE(axial.renderedImage().pixel(int(c[0]), int(c[1])), qRgb(255, 255, 255));
    }

    void reviewFileRoundTrips() {
        QTemporaryDir dir;
        const auto file = crossseg::test::scratch(dir) / ReviewFile::kFileName;
        ReviewFile review;
        ReviewEntry entry;
        entry.verdict = Verdict::NeedsCorrection;
        entry.comment = "Leber: Spitze fehlt / 肝尖缺失";
        entry.predictionFile = "ct_00_pred.nii.gz";
        entry.metrics["liver"] = StructureMetrics{0.91, 4.5, 1.25, 1520.0, 1490.5};
        entry.metrics["spleen"] = StructureMetrics{0.0, std::nullopt, std::nullopt, 0.0, 210.0};
        review.set("ct_00", entry);
        review.save(file);
        const ReviewFile loaded = ReviewFile::load(file);
        const ReviewEntry* back = loaded.find("ct_00");
        QVERIFY(back);
        QVERIFY(back->verdict == Verdict::NeedsCorrection);
        QCOMPARE(back->comment, entry.comment);
        QCOMPARE(*back->metrics.at("liver").hd95Mm, 4.5);
        QVERIFY(!back->metrics.at("spleen").hd95Mm);
        QCOMPARE(*back->metrics.at("spleen").referenceMl, 210.0);
        // Something else than a review is refused with the file's name.
        std::ofstream(crossseg::test::scratch(dir) / "other.json") << "{\"cases\": 3}";
        try {
            ReviewFile::load(crossseg::test::scratch(dir) / "other.json");
            QFAIL("a file that is not a review was accepted");
        } catch (const InputError& error) {
            QVERIFY(QString(error.what()).contains(QStringLiteral("other.json")));
        }
    }

    void reviewPanelComputesMetricsAndRestoresTheVerdict() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_e");
        // The prediction: the reference with one slab removed, written like a predictor would (original grid).
        LabelVolume prediction = data->reference;
        for (std::size_t j = 0; j < prediction.size(1); ++j)
            for (std::size_t i = 0; i < prediction.size(0); ++i) prediction.at(i, j, 6) = 0;
        const auto predictionFile = crossseg::test::scratch(dir) / "predictions" / "case_e_pred.nii.gz";
        std::filesystem::create_directories(predictionFile.parent_path());
        CaseSource::writeLabelsForCase(prediction, *data, predictionFile);

        ViewerState state;
        ReviewPanel panel(&state);
        panel.setClassNames({"background", "organ"});
        state.setCase(data);
        state.setOverlay(CaseSource::readLabelsForCase(predictionFile, *data), true,
                         QString::fromStdString(predictionFile.string()));
        QSignalSpy ready(&panel, &ReviewPanel::metricsReady);
        panel.reviewCurrentPrediction();
        QVERIFY(ready.wait(20000));
        QCOMPARE(panel.metricsTable()->rowCount(), 1);
        const double dice = panel.metricsTable()->item(0, 1)->text().toDouble();
        QVERIFY(dice > 0.5 && dice < 1.0);
        QCOMPARE(panel.reviewFilePath(),
                 QString::fromStdString((predictionFile.parent_path() / "review.json").string()));

        panel.setVerdict(Verdict::Rejected);
        panel.setComment(QStringLiteral("slab missing"));
        QVERIFY(panel.saveReview());

        // Reopening the prediction restores the verdict and comment.
        ViewerState otherState;
        ReviewPanel reopened(&otherState);
        reopened.setClassNames({"background", "organ"});
        otherState.setCase(data);
        otherState.setOverlay(prediction, true, QString::fromStdString(predictionFile.string()));
        reopened.reviewCurrentPrediction();
        QVERIFY(reopened.verdict() == Verdict::Rejected);
        QCOMPARE(reopened.comment(), QStringLiteral("slab missing"));
        QSignalSpy reopenedReady(&reopened, &ReviewPanel::metricsReady);
        QVERIFY(reopenedReady.wait(20000)); // let the background computation finish before the panel goes
        const ReviewFile file = ReviewFile::load(predictionFile.parent_path() / "review.json");
        QVERIFY(file.find("case_e")->metrics.count("organ") == 1);
    }

    void logPanelShowsMessagesFromWorkerThreads() {
        LogPanel panel;
        std::thread worker([] { log::warn("message from a worker thread"); });
        worker.join();
        QTRY_VERIFY(panel.text().contains(QStringLiteral("message from a worker thread")));
        log::debug("hidden below the panel's level");
        QCoreApplication::processEvents();
        QVERIFY(!panel.text().contains(QStringLiteral("hidden below")));
    }

    void droppingADatasetFolderPopulatesThePanelAndOpensCases() {
        QTemporaryDir dir;
        const auto folder = crossseg::test::scratch(dir) / "mmwhs";
        writeMmwhsFolder(folder);
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::datasetOpened);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(folder.string()))});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY2(opened.wait(20000), qPrintable(window.logPanel()->text()));
        QCOMPARE(window.datasetPanel()->caseCount(), 4);
        QCOMPARE(window.datasetPanel()->caseIds(QStringLiteral("ct")).size(), 2);
        QVERIFY(window.currentDataset());

        QSignalSpy loaded(&window, &MainWindow::caseLoaded);
        window.openCase(window.datasetPanel()->caseIds(QStringLiteral("mr")).first());
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.viewerState()->hasImage());
        QVERIFY(window.viewerState()->hasOverlay());
        QVERIFY(window.currentCase());

        // The training side's hooks: actions in the Training menu, a prediction shown as overlay.
        auto* train = new QAction(QStringLiteral("Train…"), &window);
        window.registerTrainingActions({train});
        QVERIFY(window.menu(QStringLiteral("Training"))->actions().contains(train));
        LabelVolume prediction(window.currentCaseData()->image.geometry(), 0);
        prediction.at(1, 1, 1) = 2;
        QSignalSpy shown(&window, &MainWindow::predictionShown);
        window.setPrediction(window.currentCaseId(), prediction);
        QCOMPARE(shown.count(), 1);
        QVERIFY(window.viewerState()->overlayIsPrediction());
        QCOMPARE(int(window.viewerState()->overlay().at(1, 1, 1)), 2);

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QString::fromStdString((crossseg::test::artifactDirectory() / "studio-mmwhs.png").string()));
    }

    void mainWindowWithTheSharedAbdomenData() {
        CROSSSEG_REQUIRE_SHARED_DATA(root);
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QSignalSpy opened(&window, &MainWindow::datasetOpened);
        window.openDataset(QString::fromStdString((root / "abdomen-ct-mr" / "dataset.json").string()));
        QVERIFY(opened.wait(60000));
        QVERIFY(window.datasetPanel()->caseCount() >= 2);
        QSignalSpy loaded(&window, &MainWindow::caseLoaded);
        window.openCase(window.datasetPanel()->caseIds(QStringLiteral("ct")).first());
        QVERIFY(loaded.wait(60000));
        window.viewerState()->setOverlayOpacity(0.45);
        // The 3D view (when built in) meshes in the background: let it finish for a complete picture.
        if (QObject* surfaces = window.findChild<QObject*>(QStringLiteral("surfaceView"))) {
            QSignalSpy ready(surfaces, SIGNAL(surfacesReady()));
            ready.wait(30000);
        }
        QTest::qWait(100);
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.width() > 1000);
        shot.save(QString::fromStdString((crossseg::test::artifactDirectory() / "studio-main.png").string()));

        // Review: a "prediction" that misses the upper third of every structure, opened from a file.
        const auto data = window.currentCaseData();
        LabelVolume prediction = data->reference;
        const std::size_t cut = prediction.size(2) * 2 / 3;
        for (std::size_t k = cut; k < prediction.size(2); ++k)
            for (std::size_t j = 0; j < prediction.size(1); ++j)
                for (std::size_t i = 0; i < prediction.size(0); ++i) prediction.at(i, j, k) = 0;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("prediction.nii.gz"));
        CaseSource::writeLabelsForCase(prediction, *data, file.toStdString());
        QSignalSpy metrics(window.reviewPanel(), &ReviewPanel::metricsReady);
        // BTCV's codes 1..3 are also class indices: the Studio must tell from the case's label that this file holds
        // class indices, without asking (a question here would fail the test instead of hanging it).
        bool asked = false;
        QTimer::singleShot(2000, &window, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        QVERIFY(window.openPredictionFile(file));
        QVERIFY(!asked);
        QVERIFY(window.viewerState()->overlayIsPrediction());
        QVERIFY(metrics.wait(120000));
        QVERIFY(window.reviewPanel()->metricsTable()->rowCount() >= 1);
        window.reviewPanel()->setVerdict(Verdict::NeedsCorrection);
        window.reviewPanel()->setComment(QStringLiteral("Upper third missing in every organ."));
        QVERIFY(window.reviewPanel()->saveReview());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("review.json"))));
        QTest::qWait(100);
        window.grab().toImage().save(
            QString::fromStdString((crossseg::test::artifactDirectory() / "studio-review.png").string()));
    }

    void closingWithUnsavedCorrectionsAsksFirst() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_f");
        MainWindow window;
        window.show();
        window.viewerState()->setCase(data);
        window.viewerState()->setTool(EditTool::Brush);
        window.labelEditor()->paintAt(SliceOrientation::Axial, {2, 2, 2});
        QVERIFY(window.labelEditor()->hasUnsavedChanges());
        // Answer the question the window asks with the given button.
        auto answerWith = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(50, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (box) box->button(button)->click();
            });
        };
        answerWith(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.labelEditor()->hasUnsavedChanges());
        answerWith(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void translationsAreEmbedded() {
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/crossseg_%1.qm").arg(language)), qPrintable(language));
            const QString translated = translator.translate("crossseg::ui::MainWindow", "&File");
            QVERIFY2(!translated.isEmpty() && translated != QStringLiteral("&File"), qPrintable(language));
        }
        QVERIFY(LanguageSettings::available().contains(QStringLiteral("de")));
        LanguageSettings::choose(QStringLiteral("zh_CN"));
        QCOMPARE(LanguageSettings::effective(), QStringLiteral("zh_CN"));
        LanguageSettings::choose(QString());
    }
};

int runTestUiViewer(int argc, char** argv) {
    UiViewerTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "UiViewerTest.moc"
