#pragma once
// CrossSeg Studio's main window. It only composes panels and actions; each panel is its own class.
//
// Hooks for other parts of the Studio (training wizard, runs panel, alignment view, teaching mode):
//   - registerTrainingActions(actions): adds actions to the Training menu (and the Training tool bar).
//   - registerHelpActions(actions): adds actions to the Help menu (e.g. "Teaching demo").
//   - addDock(dock, area): docks a panel; it is also listed in View -> Panels.
//   - menu(name): the menus "File", "View", "Training", "Review", "Help" (nullptr for an unknown name).
//   - currentDataset(), currentDatasetPath(), currentCaseId(), currentCase(): what the user is looking at, read
//     from the one StudioSession (viewerState()->session()). datasetOpened() and caseLoaded() tell when these
//     change.
//   - setPrediction(caseId, labels, predictionFile): shows a label volume (class indices on the canonical LPS grid
//     of the case, i.e. the grid of DatasetLoader::load's image) as the overlay of that case, loading the case first
//     when another one is shown. The case's own label (if any) becomes the reference for review. predictionFile,
//     when given, is where the prediction was written; the review file goes beside it.
//   - progressIndicator(): the status bar's progress display; connect a QueuedProgressSink to it.
//   - showError(summary, details): an error dialog with details (non-blocking).
#include "ui/model/CaseData.h"

#include <QMainWindow>
#include <QString>

#include <filesystem>
#include <memory>

class QDockWidget;
class QMenu;
class QAction;
class QLabel;
class QToolBar;

namespace crossseg {
struct Dataset;
struct DatasetCase;
}

namespace crossseg::ui {

class DatasetPanel;
class SliceViewsPanel;
class ViewerState;
class LabelTablePanel;
class LabelEditor;
class LabelFileController;
class ReviewPanel;
class LogPanel;
class TaskProgressIndicator;
class CorrectionToolBar;
class ViewerStatusLine;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // --- Hooks for the training side (see the comment at the top) ---
    void registerTrainingActions(const QList<QAction*>& actions);
    void registerHelpActions(const QList<QAction*>& actions);
    void addDock(QDockWidget* dock, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);
    QMenu* menu(const QString& name) const;

    const Dataset* currentDataset() const;          // nullptr when none is open
    QString currentDatasetPath() const;             // empty when none is open
    QString currentCaseId() const;                  // empty when no case is loaded
    const DatasetCase* currentCase() const;         // nullptr when none is loaded (or it is not in a dataset)
    std::shared_ptr<const CaseData> currentCaseData() const; // image, reference labels, original geometry
    void setPrediction(const QString& caseId, const LabelVolume& labels, const QString& predictionFile = {});

    TaskProgressIndicator* progressIndicator() const { return progress_; }
    void showError(const QString& summary, const QString& details = {});

    // --- Actions the user triggers; public so that tests and the command line drive them ---
    // A manifest JSON, MM-WHS folder or nnU-Net folder, opened in the background; then `caseId` is shown, or, when
    // it is empty, the dataset's first target case (StudioSession::firstTargetCase), as viewers show what they
    // were given.
    void openDataset(const QString& path, const QString& caseId = {});
    void openCase(const QString& caseId);           // loads image + label in the background
    bool openPredictionFile(const QString& file);   // a label file on the current case's image grid

    // Panels, for tests and for docking extra views next to them.
    DatasetPanel* datasetPanel() const { return datasetPanel_; }
    SliceViewsPanel* sliceViews() const { return sliceViews_; }
    ViewerState* viewerState() const { return state_; }
    LabelTablePanel* labelPanel() const { return labelPanel_; }
    LabelEditor* labelEditor() const { return editor_; }
    ReviewPanel* reviewPanel() const { return reviewPanel_; }
    LogPanel* logPanel() const { return logPanel_; }
    QLabel* obliqueNote() const; // the status bar's note that an oblique case is shown snapped to orthogonal axes

Q_SIGNALS:
    void datasetOpened(const QString& path);
    void caseLoaded(const QString& caseId);
    void predictionShown(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPanels();
    void createSurfaceView();
    void createActions();
    void createMenus();
    void updateRecentMenu();
    void updateTitle();
    void showDataset(std::shared_ptr<Dataset> dataset, const QString& path, const QString& caseId);
    void showCase(std::shared_ptr<CaseData> data);
    void showPredictionNow(const LabelVolume& labels, const QString& predictionFile);
    void chooseAndOpenDatasetFolder();
    void chooseAndOpenManifest();
    void chooseAndOpenPrediction();
    void showPreferences();
    void showShortcuts();
    void showAbout();

    ViewerState* state_ = nullptr;
    DatasetPanel* datasetPanel_ = nullptr;
    SliceViewsPanel* sliceViews_ = nullptr;
    LabelTablePanel* labelPanel_ = nullptr;
    LabelEditor* editor_ = nullptr;
    LabelFileController* labelFile_ = nullptr;
    ReviewPanel* reviewPanel_ = nullptr;
    LogPanel* logPanel_ = nullptr;
    TaskProgressIndicator* progress_ = nullptr;
    CorrectionToolBar* correctionBar_ = nullptr;
    ViewerStatusLine* statusLine_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* panelsMenu_ = nullptr;
    QMenu* trainingMenu_ = nullptr;
    QMenu* reviewMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QToolBar* trainingToolBar_ = nullptr;
    bool shownOnce_ = false; // the first show raises the labels tab
    QList<QAction*> shortcutActions_; // listed in Help -> Keyboard shortcuts
};

} // namespace crossseg::ui
