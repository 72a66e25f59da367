// The Studio as a user opens it (issue 13): a dataset shows its first target case at once, docks keep widths
// people can read, a correction saved in the dataset's codes opens as a prediction, and an oblique case says that
// the views show its nearest orthogonal orientation.
#include "SyntheticCase.h"
#include "TestData.h"

#include "ui/dataset/DatasetPanel.h"
#include "ui/model/CaseSource.h"
#include "ui/monitor/TrainingMonitor.h"
#include "ui/session/ViewerState.h"
#include "ui/slices/SliceView.h"
#include "ui/slices/SliceViewsPanel.h"
#include "ui/studio/MainWindow.h"
#include "ui/studio/TrainingFeature.h"
#include "core/dataset/LabelMapper.h"
#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"

#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace crossseg;
using namespace crossseg::ui;

namespace {

// An MM-WHS folder of one CT and one MR case (codes 500 = left ventricle, 205 = myocardium), on a grid tilted by
// `tiltDegrees` about the patient's superior axis (0: an orthogonal grid).
void writeSmallMmwhsFolder(const std::filesystem::path& folder, double tiltDegrees) {
    std::filesystem::create_directories(folder);
    const double t = tiltDegrees * M_PI / 180.0;
    for (const char* modality : {"mr", "ct"}) {
        VolumeGeometry g;
        g.size = {20, 18, 10};
        g.spacing = {1.2, 1.2, 2.0};
        g.direction = {std::cos(t), -std::sin(t), 0, std::sin(t), std::cos(t), 0, 0, 0, 1};
        const ImageVolume image = crossseg::test::positionCodedImage(g);
        LabelVolume labels = crossseg::test::sphereLabels(g, 500, 4.0);
        for (std::size_t i = 0; i < 3; ++i) labels.at(i, 0, 0) = 205;
        const std::string stem = std::string(modality) + "_train_1001";
        VolumeWriter::writeImage(image, folder / (stem + "_image.nii.gz"));
        VolumeWriter::writeLabels(labels, folder / (stem + "_label.nii.gz"));
    }
}

// Opens `folder` in the window and waits for the case it shows by itself.
bool openAndWaitForFirstCase(MainWindow& window, const std::filesystem::path& folder) {
    QSignalSpy loaded(&window, &MainWindow::caseLoaded);
    window.openDataset(QString::fromStdString(folder.string()));
    return loaded.wait(30000);
}

// The title of the tab in front among the docks tabified with the Labels dock ("" when there is no such tab bar).
QString currentRightTab(const MainWindow& window) {
    for (const QTabBar* bar : window.findChildren<QTabBar*>())
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == QLatin1String("Labels")) return bar->tabText(bar->currentIndex());
    return {};
}

} // namespace

class StudioOpeningTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openingADatasetShowsItsFirstTargetCase() {
        QTemporaryDir dir;
        const auto folder = crossseg::test::scratch(dir) / "mmwhs";
        writeSmallMmwhsFolder(folder, 0.0);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY2(openAndWaitForFirstCase(window, folder), "no case was shown after opening the dataset");
        // The target (CT) case, though MR comes first in the folder's order.
        QCOMPARE(window.currentCaseId(), QString("ct_train_1001"));
        QVERIFY(window.viewerState()->hasImage());
        QVERIFY(window.viewerState()->hasOverlay());
        // The views are not black: most of the axial slice is lit, in several shades, with the label over it.
        const QImage axial = window.sliceViews()->view(SliceOrientation::Axial)->renderedImage();
        std::set<QRgb> colours;
        int lit = 0;
        for (int y = 0; y < axial.height(); ++y)
            for (int x = 0; x < axial.width(); ++x) {
                colours.insert(axial.pixel(x, y));
                lit += qGray(axial.pixel(x, y)) > 0 ? 1 : 0;
            }
        QVERIFY2(colours.size() >= 3, qPrintable(QString("only %1 colours in the axial view").arg(colours.size())));
        QVERIFY2(lit > axial.width() * axial.height() / 2, qPrintable(QString("%1 lit pixels").arg(lit)));
        QVERIFY(window.obliqueNote()->isHidden()); // an orthogonal grid: nothing to say
        // The right-hand tabs open on the case's labels, not on an empty review (no prediction is shown yet).
        QTRY_COMPARE(currentRightTab(window), QString("Labels"));
        window.grab().save(QString::fromStdString((crossseg::test::artifactDirectory() / "studio-opened.png").string()));
    }

    void docksKeepReadableWidthsWhenTheMonitorOpens() {
        MainWindow window;
        auto* feature = new TrainingFeature(&window);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* monitorDock = window.findChild<QDockWidget*>("trainingMonitorDock");
        auto* datasetDock = window.findChild<QDockWidget*>("datasetDock");
        QVERIFY(monitorDock && datasetDock);
        // A run folder's long path is what made the monitor (and with it the right dock area) wide.
        auto* runLabel = feature->monitor()->findChild<QLabel*>("monitorRunLabel");
        runLabel->setText(QStringLiteral("/home/someone/.local/share/crossseg/runs/") + QString(120, QChar('x')));
        monitorDock->show();
        monitorDock->raise();
        QTest::qWait(200);
        QVERIFY2(window.width() <= 1400, qPrintable(QString("window grew to %1").arg(window.width())));
        QVERIFY2(datasetDock->width() >= DatasetPanel::kMinimumWidth,
                 qPrintable(QString("dataset panel %1 px").arg(datasetDock->width())));
        QVERIFY2(monitorDock->width() >= TrainingMonitor::kMinimumWidth,
                 qPrintable(QString("monitor %1 px").arg(monitorDock->width())));
        QVERIFY(window.centralWidget()->width() >= 300);
        // The monitor's own buttons are not cut off in its narrow dock.
        for (const char* name : {"pauseButton", "cancelButton"}) {
            auto* button = feature->monitor()->findChild<QWidget*>(name);
            QVERIFY2(button->width() >= button->sizeHint().width(), name);
        }
        window.grab().save(
            QString::fromStdString((crossseg::test::artifactDirectory() / "studio-monitor-docked.png").string()));
    }

    void openPredictionReadsACorrectionSavedInDatasetCodes() {
        QTemporaryDir dir;
        const auto folder = crossseg::test::scratch(dir) / "mmwhs";
        writeSmallMmwhsFolder(folder, 0.0);
        MainWindow window;
        window.show();
        QVERIFY(openAndWaitForFirstCase(window, folder));
        const auto data = window.currentCaseData();
        QVERIFY(data && data->classCount > 2);
        // A correction: one more voxel of the left ventricle, saved in MM-WHS codes (500, 205) as the Studio saves it.
        LabelVolume corrected = data->reference;
        int ventricle = 0;
        for (auto value : corrected.voxels()) ventricle = std::max<int>(ventricle, value);
        corrected.at(0, 0, 5) = static_cast<std::uint16_t>(ventricle);
        const auto file = crossseg::test::scratch(dir) / "ct_train_1001_label_corrected.nii.gz";
        CaseSource::writeCorrectionsForCase(corrected, *data, file, data->referenceFile);
        QVERIFY(LabelMapper::valuesIn(VolumeReader::readLabels(file)).back() == 500); // stored in the dataset's codes

        QVERIFY(window.openPredictionFile(QString::fromStdString(file.string())));
        QVERIFY(window.viewerState()->overlayIsPrediction());
        const LabelVolume& shown = window.viewerState()->overlay();
        QVERIFY(shown.voxels() == corrected.voxels()); // class indices again, voxel for voxel

        // A prediction in class indices still opens as it is.
        const auto prediction = crossseg::test::scratch(dir) / "prediction.nii.gz";
        CaseSource::writeLabelsForCase(data->reference, *data, prediction);
        QVERIFY(window.openPredictionFile(QString::fromStdString(prediction.string())));
        QVERIFY(window.viewerState()->overlay().voxels() == data->reference.voxels());
    }

    void anObliqueCaseSaysItIsShownInTheNearestOrthogonalOrientation() {
        QTemporaryDir dir;
        const auto folder = crossseg::test::scratch(dir) / "oblique";
        writeSmallMmwhsFolder(folder, 20.0);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndWaitForFirstCase(window, folder));
        QVERIFY(!window.obliqueNote()->isHidden());
        QVERIFY2(window.obliqueNote()->text().contains(QStringLiteral("20.0")), qPrintable(window.obliqueNote()->text()));
        QVERIFY(window.obliqueNote()->text().contains(QStringLiteral("nearest orthogonal")));
        for (auto o : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal})
            QVERIFY(window.sliceViews()->view(o)->obliquityNote().contains(QStringLiteral("20.0")));
        QTest::qWait(200); // the status bar lays out the note's new text
        QVERIFY(window.obliqueNote()->width() >= window.obliqueNote()->sizeHint().width()); // readable in full
        window.grab().save(QString::fromStdString((crossseg::test::artifactDirectory() / "studio-oblique.png").string()));

        // An orthogonal case afterwards clears the note.
        auto straight = crossseg::test::writeCase(crossseg::test::scratch(dir) / "straight", "straight");
        window.viewerState()->setCase(straight);
        QVERIFY(window.obliqueNote()->isHidden());
        QVERIFY(window.sliceViews()->view(SliceOrientation::Axial)->obliquityNote().isEmpty());
    }
};

int runStudioOpeningTest(int argc, char** argv) {
    StudioOpeningTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "StudioOpeningTest.moc"
