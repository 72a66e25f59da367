// Correcting labels: brush and eraser strokes, undo/redo, saving (original grid, the dataset's label codes, a new
// name by default, the file remembered) and the ITK-SNAP label description files.
#include "SyntheticCase.h"
#include "ui/model/CaseSource.h"
#include "core/dataset/LabelMapper.h"
#include "ui/editing/LabelEditor.h"
#include "ui/editing/LabelFileController.h"
#include "core/image/LabelTable.h"
#include "core/io/VolumeReader.h"
#include "ui/labels/LabelTablePanel.h"
#include "ui/model/SlicePlane.h"
#include "ui/slices/SliceView.h"
#include "ui/session/ViewerState.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest/QtTest>

#include <algorithm>
#include <fstream>

using namespace crossseg;
using namespace crossseg::ui;

class LabelEditingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void paintUndoRedoSaveAndReload() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_c");
        ViewerState state;
        LabelEditor editor(&state);
        SliceView axial(&state, SliceOrientation::Axial);
        QObject::connect(&axial, &SliceView::strokeStarted, &editor, &LabelEditor::beginStroke);
        QObject::connect(&axial, &SliceView::strokeMoved, &editor, &LabelEditor::continueStroke);
        QObject::connect(&axial, &SliceView::strokeFinished, &editor, &LabelEditor::finishStroke);
        axial.resize(480, 400);
        state.setCase(data);
        const LabelVolume original = state.overlay();

        // A brush stroke with the mouse from one corner voxel to another, label 3, 1 voxel wide.
        state.setTool(EditTool::Brush);
        state.setActiveLabel(3);
        state.setBrushDiameter(1);
        const QPoint from = axial.widgetPointOf({1, 1, state.cursor()[2]}).toPoint();
        const QPoint to = axial.widgetPointOf({6, 1, state.cursor()[2]}).toPoint();
        QTest::mousePress(&axial, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), axial.mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(&axial, &move);
        QTest::mouseRelease(&axial, Qt::LeftButton, Qt::NoModifier, to);
        const long k = state.cursor()[2];
        for (long i = 1; i <= 6; ++i) QCOMPARE(int(state.overlay().at(i, 1, k)), 3);
        QCOMPARE(editor.undoStack()->count(), 1);
        QVERIFY(editor.hasUnsavedChanges());

        // The eraser on the sphere's centre, 5 voxels wide, on the coronal plane.
        state.setTool(EditTool::Eraser);
        state.setBrushDiameter(5);
        const std::array<long, 3> centre{12, 10, 6};
        QVERIFY(state.overlay().at(12, 10, 6) == 1);
        editor.paintAt(SliceOrientation::Coronal, centre);
        QCOMPARE(int(state.overlay().at(12, 10, 6)), 0);
        QCOMPARE(int(state.overlay().at(14, 10, 6)), 0);
        QCOMPARE(int(state.overlay().at(12, 11, 6)), 1); // another coronal slice is untouched
        const LabelVolume edited = state.overlay();

        editor.undoStack()->undo();
        QCOMPARE(int(state.overlay().at(12, 10, 6)), 1);
        editor.undoStack()->undo();
        QVERIFY(state.overlay().voxels() == original.voxels());
        editor.undoStack()->redo();
        editor.undoStack()->redo();
        QVERIFY(state.overlay().voxels() == edited.voxels());

        // Saving writes the original (LAS) grid; reading it back and reorienting gives the edited voxels.
        const QString file = dir.filePath(QStringLiteral("case_c_corrected.nii.gz"));
        editor.save(file);
        QVERIFY(!editor.hasUnsavedChanges());
        const LabelVolume written = VolumeReader::readLabels(file.toStdString());
        QVERIFY(written.geometry().sameGrid(data->originalGeometry));
        QVERIFY(Reorienter::toCanonical(written).voxels() == edited.voxels());
        QVERIFY(CaseSource::readLabelsForCase(file.toStdString(), *data).voxels() == edited.voxels());
        // The source label file is untouched.
        QVERIFY(Reorienter::toCanonical(VolumeReader::readLabels(data->referenceFile)).voxels() == original.voxels());
    }

    void undoStoresOnlyTheChangedVoxels() {
        VolumeGeometry g;
        g.size = {128, 128, 64};
        auto data = std::make_shared<CaseData>();
        data->image = ImageVolume(g, 0.0f);
        data->originalGeometry = g;
        ViewerState state;
        LabelEditor editor(&state);
        state.setCase(data);
        state.setTool(EditTool::Brush);
        state.setBrushDiameter(9);
        editor.paintAt(SliceOrientation::Axial, {64, 64, 32});
        QCOMPARE(editor.undoStack()->count(), 1);
        std::size_t painted = 0;
        for (auto v : state.overlay().voxels()) painted += v != 0;
        QVERIFY(painted > 40 && painted < 81); // a disc of diameter 9 in one slice
        editor.undoStack()->undo();
        for (auto v : state.overlay().voxels()) QCOMPARE(int(v), 0);
        // Painting over a label with the same label records nothing.
        editor.undoStack()->redo();
        editor.paintAt(SliceOrientation::Axial, {64, 64, 32});
        QCOMPARE(editor.undoStack()->count(), 1);
    }

    void correctionsAreSavedUnderANewNameByDefault() {
        QTemporaryDir dir;
        const std::filesystem::path source = crossseg::test::scratch(dir) / "ct_01_label.nii.gz";
        const auto first = CaseSource::suggestedCorrectionPath(source, "ct_01");
        QCOMPARE(QString::fromStdString(first.filename().string()), QStringLiteral("ct_01_label_corrected.nii.gz"));
        std::ofstream(first).put('x');
        const auto second = CaseSource::suggestedCorrectionPath(source, "ct_01");
        QVERIFY(second != first && second != source);
        QVERIFY(!std::filesystem::exists(second));
    }

    void labelDescriptionFilesRoundTripThroughTheWidget() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("labels.txt"));
        {
            std::ofstream out(file.toStdString());
            out << "# ITK-SNAP Label Description File\n"
                << "    0     0    0    0        0  0  0    \"Clear Label\"\n"
                << "    1   255    0    0        1  1  1    \"liver\"\n"
                << "    2     0  255    0      0.5  0  1    \"right kidney\"\n"
                << "  205    10   20   30        1  1  0    \"myocardium\"\n";
        }
        ViewerState state;
        LabelTablePanel panel(&state);
        panel.loadFile(file);
        QCOMPARE(panel.tableWidget()->rowCount(), 4);
        QCOMPARE(state.labelTable().labels().size(), std::size_t(4));
        // A rename in the widget reaches the views' table and the saved file.
        panel.tableWidget()->item(1, 3)->setText(QStringLiteral("liver (edited)"));
        QCOMPARE(QString::fromStdString(state.labelTable().find(1)->name), QStringLiteral("liver (edited)"));
        // Hiding a label in the widget hides it in the views.
        panel.tableWidget()->item(3, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!state.labelTable().find(205)->visible);

        const QString saved = dir.filePath(QStringLiteral("saved.txt"));
        panel.saveFile(saved);
        const LabelTable reloaded = LabelTable::load(saved.toStdString());
        QCOMPARE(reloaded.labels().size(), std::size_t(4));
        QCOMPARE(QString::fromStdString(reloaded.find(1)->name), QStringLiteral("liver (edited)"));
        QCOMPARE(reloaded.find(2)->opacity, 0.5);
        QVERIFY(!reloaded.find(2)->visible);
        QVERIFY(!reloaded.find(205)->meshVisible);
        QVERIFY(!reloaded.find(205)->visible);
        QCOMPARE(reloaded.find(205)->rgb, (std::array<int, 3>{10, 20, 30}));
    }

    void correctionsAreSavedInTheDatasetsLabelCoding() {
        // The case's label file codes the liver as 6 (BTCV) and holds a structure the map drops (9).
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_btcv");
        LabelVolume coded = VolumeReader::readLabels(data->referenceFile);
        for (auto& v : coded.voxels()) v = v == 1 ? 6 : v;
        coded.at(0, 0, 0) = 9;
        VolumeWriter::writeLabels(coded, data->referenceFile);
        data->labelCoding.labelMap = {{6, 1}};
        ViewerState state;
        state.setCase(data);
        LabelEditor editor(&state);
        state.setTool(EditTool::Brush);
        state.setActiveLabel(1);
        editor.paintAt(SliceOrientation::Axial, {20, 3, 9});
        QCOMPARE(int(state.overlay().at(20, 3, 9)), 1);
        const QString file = dir.filePath(QStringLiteral("case_btcv_corrected.nii.gz"));
        editor.save(file);

        const LabelVolume written = VolumeReader::readLabels(file.toStdString());
        QCOMPARE(LabelMapper::valuesIn(written), (std::vector<int>{0, 6, 9}));
        QCOMPARE(int(written.at(0, 0, 0)), 9);
        const auto liverVoxels = std::count(state.overlay().voxels().begin(), state.overlay().voxels().end(), 1);
        QCOMPARE(std::count(written.voxels().begin(), written.voxels().end(), 6), liverVoxels);
        QCOMPARE(int(Reorienter::toCanonical(written).at(20, 3, 9)), 6);
    }

    void saveRemembersTheFileAndAFailedSaveLosesNothing() {
        QTemporaryDir dir;
        auto data = crossseg::test::writeCase(crossseg::test::scratch(dir), "case_s");
        QWidget window;
        ViewerState state;
        state.setCase(data);
        LabelEditor editor(&state);
        LabelFileController labelFile(&state, &editor, &window);
        QSignalSpy errors(&labelFile, &LabelFileController::errorOccurred);
        state.setTool(EditTool::Brush);
        editor.paintAt(SliceOrientation::Axial, {2, 2, 2});

        // A "folder" that is a file: the user is told which file and why; the corrections stay unsaved.
        const QString unwritable = QString::fromStdString((data->imageFile / "labels.nii.gz").string());
        QVERIFY(!labelFile.saveTo(unwritable));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors[0][1].toString().contains(QStringLiteral("labels.nii.gz")));
        QVERIFY(editor.hasUnsavedChanges());

        const QString file = dir.filePath(QStringLiteral("case_s_corrected.nii.gz"));
        QVERIFY(labelFile.saveTo(file));
        QVERIFY(!editor.hasUnsavedChanges());
        // Later corrections go to the same file without a dialog (none could be answered here).
        editor.paintAt(SliceOrientation::Axial, {20, 15, 8});
        labelFile.save();
        QVERIFY(!editor.hasUnsavedChanges());
        QVERIFY(CaseSource::readLabelsForCase(file.toStdString(), *data).voxels() == state.overlay().voxels());
        QVERIFY(labelFile.confirmDiscardUnsaved()); // nothing unsaved: no question
        // A new case: the next Save asks for a file again instead of writing over the last one.
        labelFile.forgetFile();
        editor.paintAt(SliceOrientation::Axial, {4, 4, 4});
        QTimer::singleShot(50, [] {
            if (QWidget* dialog = QApplication::activeModalWidget()) dialog->close();
        });
        labelFile.save();
        QVERIFY(editor.hasUnsavedChanges());
    }

};

int runLabelEditingTest(int argc, char** argv) {
    LabelEditingTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "LabelEditingTest.moc"
