#include "ui/studio/MainWindow.h"

#include "ui/model/CaseSource.h"
#include "core/dataset/Dataset.h"
#include "ui/dataset/DatasetPanel.h"
#include "ui/dataset/RecentDatasets.h"
#include "ui/editing/CorrectionToolBar.h"
#include "ui/editing/LabelFileController.h"
#include "ui/editing/LabelEditor.h"
#include "ui/labels/LabelTablePanel.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/log/LogPanel.h"
#include "ui/log/TaskProgressIndicator.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/preferences/ShortcutListDialog.h"
#include "ui/review/PredictionFileReader.h"
#include "ui/review/ReviewPanel.h"
#include "ui/slices/SliceView.h"
#include "ui/slices/SliceViewsPanel.h"
#include "ui/slices/ViewerStatusLine.h"
#include "ui/session/ViewerState.h"
#include "core/util/Log.h"

#include "ui/surface3d/SurfaceViewBinding.h"
#include "ui/surface3d/SurfaceViewPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace crossseg::ui {
namespace {

QDockWidget* makeDock(const QString& title, const QString& name, QWidget* content, QWidget* parent) {
    auto* dock = new QDockWidget(title, parent);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/crossseg.svg")));
    setAcceptDrops(true);
    createPanels();
    createActions();
    updateRecentMenu();
    updateTitle();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels() {
    state_ = new ViewerState(this);
    sliceViews_ = new SliceViewsPanel(state_, this);
    setCentralWidget(sliceViews_);
    editor_ = new LabelEditor(state_, this);
    labelFile_ = new LabelFileController(state_, editor_, this);
    connect(labelFile_, &LabelFileController::errorOccurred, this, &MainWindow::showError);
    connect(labelFile_, &LabelFileController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    datasetPanel_ = new DatasetPanel(this);
    labelPanel_ = new LabelTablePanel(state_, this);
    reviewPanel_ = new ReviewPanel(state_, this);
    logPanel_ = new LogPanel(this);
    addDock(makeDock(tr("Dataset"), QStringLiteral("datasetDock"), datasetPanel_, this), Qt::LeftDockWidgetArea);
    addDock(makeDock(tr("Labels"), QStringLiteral("labelsDock"), labelPanel_, this), Qt::RightDockWidgetArea);
    addDock(makeDock(tr("Review"), QStringLiteral("reviewDock"), reviewPanel_, this), Qt::RightDockWidgetArea);
    auto* logDock = makeDock(tr("Log"), QStringLiteral("logDock"), logPanel_, this);
    addDock(logDock, Qt::BottomDockWidgetArea);
    resizeDocks({logDock}, {120}, Qt::Vertical); // the slice views get the height

    statusLine_ = new ViewerStatusLine(state_, this);
    progress_ = new TaskProgressIndicator(this);
    statusBar()->addWidget(statusLine_, 1);
    statusBar()->addPermanentWidget(progress_);

    for (auto orientation : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal}) {
        SliceView* view = sliceViews_->view(orientation);
        connect(view, &SliceView::strokeStarted, editor_, &LabelEditor::beginStroke);
        connect(view, &SliceView::strokeMoved, editor_, &LabelEditor::continueStroke);
        connect(view, &SliceView::strokeFinished, editor_, &LabelEditor::finishStroke);
        connect(view, &SliceView::hovered, statusLine_, &ViewerStatusLine::showVoxel);
    }
    connect(datasetPanel_, &DatasetPanel::caseActivated, this, &MainWindow::openCase);
    connect(labelPanel_, &LabelTablePanel::errorOccurred, this, &MainWindow::showError);
    connect(reviewPanel_, &ReviewPanel::errorOccurred, this, &MainWindow::showError);
    connect(reviewPanel_, &ReviewPanel::reviewSaved, this,
            [this](const QString& file) { statusBar()->showMessage(tr("Review saved to %1").arg(file), 5000); });
    connect(editor_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    createSurfaceView();
}

void MainWindow::createSurfaceView() {
    // VTK renders through GLX only: without a real display (Qt's offscreen platform) the 3D view cannot work.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
        log::info("No 3D view on the '" + platform.toStdString() + "' platform (it needs an X display)");
        return;
    }
    auto* surfaces = new SurfaceViewPanel(this);
    surfaces->setObjectName(QStringLiteral("surfaceView"));
    sliceViews_->setFourthView(surfaces);
    new SurfaceViewBinding(state_, surfaces);
}

void MainWindow::createActions() {
    fileMenu_ = menuBar()->addMenu(tr("&File"));
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    viewMenu_ = menuBar()->addMenu(tr("&View"));
    reviewMenu_ = menuBar()->addMenu(tr("&Review"));
    trainingMenu_ = menuBar()->addMenu(tr("&Training"));
    helpMenu_ = menuBar()->addMenu(tr("&Help"));

    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& shortcut, auto slot) {
        QAction* action = menu->addAction(text);
        if (!shortcut.isEmpty()) action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        shortcutActions_.append(action);
        return action;
    };
    add(fileMenu_, tr("&Open dataset folder…"), QKeySequence::Open, [this] { chooseAndOpenDatasetFolder(); });
    add(fileMenu_, tr("Open &manifest…"), QKeySequence(tr("Ctrl+Shift+O")), [this] { chooseAndOpenManifest(); });
    recentMenu_ = fileMenu_->addMenu(tr("Open &recent"));
    fileMenu_->addSeparator();
    add(fileMenu_, tr("&Save labels"), QKeySequence::Save, [this] { labelFile_->save(); });
    add(fileMenu_, tr("Save labels &as…"), QKeySequence(tr("Ctrl+Shift+S")), [this] { labelFile_->saveAs(); });
    fileMenu_->addSeparator();
    add(fileMenu_, tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), [this] { showPreferences(); });
    fileMenu_->addSeparator();
    add(fileMenu_, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    correctionBar_ = new CorrectionToolBar(state_, editor_, this);
    addToolBar(Qt::TopToolBarArea, correctionBar_);
    for (QAction* action : {correctionBar_->undoAction(), correctionBar_->redoAction()}) editMenu->addAction(action);
    editMenu->addSeparator();
    for (QAction* action : {correctionBar_->navigateAction(), correctionBar_->brushAction(),
                            correctionBar_->eraserAction(), correctionBar_->smallerBrushAction(),
                            correctionBar_->largerBrushAction()})
        editMenu->addAction(action);
    for (QAction* action : editMenu->actions())
        if (!action->isSeparator()) shortcutActions_.append(action);

    add(viewMenu_, tr("Window: automatic (percentiles)"), QKeySequence(Qt::Key_F5), [this] { sliceViews_->applyPreset(0); });
    add(viewMenu_, tr("Window: CT abdomen"), QKeySequence(Qt::Key_F6), [this] { sliceViews_->applyPreset(1); });
    add(viewMenu_, tr("Window: CT soft tissue"), QKeySequence(Qt::Key_F7), [this] { sliceViews_->applyPreset(2); });
    viewMenu_->addSeparator();
    QAction* outline = add(viewMenu_, tr("Label &outlines"), QKeySequence(Qt::Key_O),
                           [this](bool on) { state_->setOutlineMode(on); });
    outline->setCheckable(true);
    QAction* hideOverlay = add(viewMenu_, tr("&Hide labels"), QKeySequence(Qt::Key_H), [this](bool hidden) {
        static double shownOpacity = 0.5;
        if (hidden) shownOpacity = std::max(0.1, state_->overlayOpacity());
        state_->setOverlayOpacity(hidden ? 0.0 : shownOpacity);
    });
    hideOverlay->setCheckable(true);
    add(viewMenu_, tr("&Reset zoom and pan"), QKeySequence(tr("Ctrl+0")), [this] {
        for (auto o : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal})
            sliceViews_->view(o)->resetView();
    });
    viewMenu_->addSeparator();
    panelsMenu_ = viewMenu_->addMenu(tr("&Panels"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) panelsMenu_->addAction(dock->toggleViewAction());

    add(reviewMenu_, tr("Open &prediction…"), QKeySequence(tr("Ctrl+P")), [this] { chooseAndOpenPrediction(); });
    reviewMenu_->addSeparator();
    add(reviewMenu_, tr("&Accept"), QKeySequence(tr("Ctrl+1")), [this] { reviewPanel_->setVerdict(Verdict::Accepted); });
    add(reviewMenu_, tr("&Needs correction"), QKeySequence(tr("Ctrl+2")),
        [this] { reviewPanel_->setVerdict(Verdict::NeedsCorrection); });
    add(reviewMenu_, tr("&Reject"), QKeySequence(tr("Ctrl+3")), [this] { reviewPanel_->setVerdict(Verdict::Rejected); });
    add(reviewMenu_, tr("&Save review"), QKeySequence(tr("Ctrl+R")), [this] {
        if (!reviewPanel_->saveReview())
            statusBar()->showMessage(tr("Nothing to save: open a prediction file first."), 5000);
    });
    add(reviewMenu_, tr("Re&compute metrics"), QKeySequence(), [this] { reviewPanel_->recomputeMetrics(); });

    trainingToolBar_ = new QToolBar(tr("Training"), this);
    trainingToolBar_->setObjectName(QStringLiteral("trainingToolBar"));
    trainingToolBar_->hide(); // shown once the training side registers actions
    addToolBar(Qt::TopToolBarArea, trainingToolBar_);

    add(helpMenu_, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    add(helpMenu_, tr("&About CrossSeg Studio"), QKeySequence(), [this] { showAbout(); });
}

void MainWindow::registerTrainingActions(const QList<QAction*>& actions) {
    for (QAction* action : actions) {
        trainingMenu_->addAction(action);
        trainingToolBar_->addAction(action);
        if (!action->shortcut().isEmpty()) shortcutActions_.append(action);
    }
    trainingToolBar_->setVisible(!trainingToolBar_->actions().isEmpty());
}

void MainWindow::registerHelpActions(const QList<QAction*>& actions) {
    QAction* first = helpMenu_->actions().isEmpty() ? nullptr : helpMenu_->actions().first();
    for (QAction* action : actions) {
        helpMenu_->insertAction(first, action);
        if (!action->shortcut().isEmpty()) shortcutActions_.append(action);
    }
}

void MainWindow::addDock(QDockWidget* dock, Qt::DockWidgetArea area) {
    if (dock->objectName().isEmpty()) dock->setObjectName(dock->windowTitle());
    addDockWidget(area, dock);
    // Docks on the same side share the space as tabs, so the slice views keep most of the window.
    for (QDockWidget* other : findChildren<QDockWidget*>())
        if (other != dock && dockWidgetArea(other) == area && !other->isFloating()) {
            tabifyDockWidget(other, dock);
            break;
        }
    if (panelsMenu_) panelsMenu_->addAction(dock->toggleViewAction());
}

QMenu* MainWindow::menu(const QString& name) const {
    if (name == QLatin1String("File")) return fileMenu_;
    if (name == QLatin1String("View")) return viewMenu_;
    if (name == QLatin1String("Training")) return trainingMenu_;
    if (name == QLatin1String("Review")) return reviewMenu_;
    if (name == QLatin1String("Help")) return helpMenu_;
    return nullptr;
}

const Dataset* MainWindow::currentDataset() const { return state_->session().dataset(); }
QString MainWindow::currentDatasetPath() const { return QString::fromStdString(state_->session().datasetPath()); }
QString MainWindow::currentCaseId() const { return QString::fromStdString(state_->session().caseId()); }
std::shared_ptr<const CaseData> MainWindow::currentCaseData() const { return state_->session().caseData(); }
const DatasetCase* MainWindow::currentCase() const { return state_->session().currentDatasetCase(); }
QLabel* MainWindow::obliqueNote() const { return statusLine_->obliqueNote(); }

void MainWindow::showError(const QString& summary, const QString& details) {
    log::error((summary + QLatin1Char(' ') + details).toStdString());
    // Non-blocking, so that background work and tests go on; deleted when closed.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("CrossSeg Studio"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty()) {
        box->setInformativeText(details.section(QLatin1Char('\n'), 0, 0).left(300));
        box->setDetailedText(details);
    }
    box->open();
}

void MainWindow::openDataset(const QString& path, const QString& caseId) {
    progress_->showProgress(tr("Opening dataset"), -1.0, path);
    log::info("Opening dataset " + path.toStdString());
    BackgroundTask::run<std::shared_ptr<Dataset>>(
        this, [file = path.toStdString()] { return CaseSource::openDataset(file); },
        [this, path, caseId](std::shared_ptr<Dataset>& dataset) {
            progress_->finish();
            showDataset(dataset, path, caseId);
        },
        [this, path](const QString& message) {
            progress_->finish(tr("Could not open the dataset"));
            showError(tr("The dataset %1 could not be opened.").arg(path), message);
        });
}

void MainWindow::showDataset(std::shared_ptr<Dataset> dataset, const QString& path, const QString& caseId) {
    StudioSession& session = state_->session();
    session.setDataset(dataset, path.toStdString());
    datasetPanel_->showDataset(*dataset, path);
    labelPanel_->setTable(LabelTable::forClasses(dataset->classes));
    reviewPanel_->setClassNames(dataset->classes);
    RecentDatasets::add(path);
    updateRecentMenu();
    updateTitle();
    log::info("Opened dataset " + dataset->name + " with " + std::to_string(dataset->cases.size()) + " cases");
    Q_EMIT datasetOpened(path);
    // Show a case at once: black views until the user finds out that a case must be double-clicked is not
    // what anyone expects of a viewer.
    if (!caseId.isEmpty()) {
        openCase(caseId);
    } else if (const DatasetCase* first = session.firstTargetCase()) {
        if (!session.caseData()) openCase(QString::fromStdString(first->id));
    }
}

void MainWindow::openCase(const QString& caseId) {
    StudioSession& session = state_->session();
    const DatasetCase* datasetCase = session.findCase(caseId.toStdString());
    if (!datasetCase) {
        showError(tr("There is no case %1 in the open dataset.").arg(caseId));
        return;
    }
    if (currentCaseId() != caseId && !labelFile_->confirmDiscardUnsaved()) return;
    progress_->showProgress(tr("Loading case"), -1.0, caseId);
    // Loads finish in any order: only the latest request is shown.
    const std::uint64_t ticket = session.requestCase(caseId.toStdString());
    BackgroundTask::run<std::shared_ptr<CaseData>>(
        this,
        [dataset = session.sharedDataset(), theCase = *datasetCase] { return CaseSource::loadCase(*dataset, theCase); },
        [this, ticket](std::shared_ptr<CaseData>& data) {
            if (!state_->session().acceptsLoad(ticket)) return;
            progress_->finish();
            showCase(data);
        },
        [this, caseId, ticket](const QString& message) {
            datasetPanel_->addCaseProblem(caseId, message);
            if (!state_->session().acceptsLoad(ticket)) return;
            progress_->finish(tr("Could not load case %1").arg(caseId));
            showError(tr("Case %1 could not be loaded.").arg(caseId), message);
        });
}

void MainWindow::showCase(std::shared_ptr<CaseData> data) {
    labelFile_->forgetFile();
    if (state_->labelTable().labels().empty() && !data->reference.empty()) {
        // No dataset classes to name the labels: number them.
        const auto maxValue = *std::max_element(data->reference.voxels().begin(), data->reference.voxels().end());
        std::vector<std::string> names{"background"};
        for (int value = 1; value <= maxValue; ++value) names.push_back("label " + std::to_string(value));
        labelPanel_->setTable(LabelTable::forClasses(names));
    }
    state_->setCase(data);
    datasetPanel_->markCurrentCase(currentCaseId());
    updateTitle();
    log::info("Showing case " + data->caseId + " (" + data->image.geometry().describe() + ", stored as " +
              data->originalOrientation + ")");
    Q_EMIT caseLoaded(currentCaseId());
    if (auto pending = state_->session().takePendingPrediction(data->caseId))
        showPredictionNow(pending->labels, QString::fromStdString(pending->sourceFile));
}

void MainWindow::setPrediction(const QString& caseId, const LabelVolume& labels, const QString& predictionFile) {
    if (caseId == currentCaseId()) {
        if (!labelFile_->confirmDiscardUnsaved()) return;
        showPredictionNow(labels, predictionFile);
        return;
    }
    state_->session().setPendingPrediction({caseId.toStdString(), labels, predictionFile.toStdString()});
    openCase(caseId);
}

void MainWindow::showPredictionNow(const LabelVolume& labels, const QString& predictionFile) {
    const auto& shown = state_->session().caseData();
    if (!shown || labels.geometry().size != shown->image.geometry().size) {
        showError(tr("The prediction does not lie on the grid of case %1.").arg(currentCaseId()));
        return;
    }
    state_->setOverlay(labels, true, predictionFile);
    editor_->clearHistory();
    labelFile_->forgetFile();
    reviewPanel_->reviewCurrentPrediction();
    if (auto* dock = qobject_cast<QDockWidget*>(reviewPanel_->parentWidget())) dock->raise();
    Q_EMIT predictionShown(currentCaseId());
}

bool MainWindow::openPredictionFile(const QString& file) {
    const auto shown = state_->session().caseData();
    if (!shown) {
        showError(tr("Open a case first: a prediction is shown on its case."));
        return false;
    }
    if (!labelFile_->confirmDiscardUnsaved()) return false;
    try {
        // Class indices (a prediction) or the dataset's codes (a saved correction), told from the values.
        const auto read = PredictionFileReader::read(file, *shown, this);
        if (!read) return false;
        showPredictionNow(read->labels, file);
        if (read->coding == LabelCoding::DatasetCodes)
            statusBar()->showMessage(tr("%1 holds the dataset's label codes; read through its label map.")
                                         .arg(QFileInfo(file).fileName()), 8000);
        return true;
    } catch (const std::exception& error) {
        showError(tr("The prediction could not be opened."), QString::fromStdString(error.what()));
        return false;
    }
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (shownOnce_) return;
    shownOnce_ = true;
    // The window opens on the labels tab, not on an empty review (the last tab added): the review comes forward when
    // a prediction is shown. A tab can only be raised once its tab bar exists, i.e. after the first show is laid out.
    QTimer::singleShot(0, this, [this] {
        if (auto* labels = findChild<QDockWidget*>(QStringLiteral("labelsDock"))) labels->raise();
    });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (labelFile_->confirmDiscardUnsaved())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    event->acceptProposedAction();
    openDataset(urls.first().toLocalFile());
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    for (const QString& path : RecentDatasets::list())
        recentMenu_->addAction(path, this, [this, path] { openDataset(path); });
    recentMenu_->setEnabled(!recentMenu_->actions().isEmpty());
}

void MainWindow::updateTitle() {
    QString title = tr("CrossSeg Studio");
    if (const Dataset* dataset = currentDataset())
        title = QString::fromStdString(dataset->name) + QStringLiteral(" — ") + title;
    if (const auto& shown = state_->session().caseData())
        title = QString::fromStdString(shown->caseId) + QStringLiteral("[*] — ") + title;
    setWindowTitle(title);
    setWindowModified(editor_ && editor_->hasUnsavedChanges());
}

void MainWindow::chooseAndOpenDatasetFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open dataset folder (MM-WHS or nnU-Net)"));
    if (!folder.isEmpty()) openDataset(folder);
}

void MainWindow::chooseAndOpenManifest() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open dataset manifest"), {}, tr("Dataset manifest (*.json)"));
    if (!file.isEmpty()) openDataset(file);
}

void MainWindow::chooseAndOpenPrediction() {
    const auto shown = state_->session().caseData();
    if (!shown) {
        showError(tr("Open a case first: a prediction is shown on its case."));
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open prediction of case %1").arg(currentCaseId()),
        QString::fromStdString(shown->imageFile.parent_path().string()),
        tr("Label volumes (*.nii.gz *.nii *.mha *.mhd *.nrrd)"));
    if (!file.isEmpty()) openPredictionFile(file);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts() {
    auto* dialog = new ShortcutListDialog(shortcutActions_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About CrossSeg Studio"),
                       tr("<b>CrossSeg Studio</b> %1<br>Cross-modality medical image segmentation with online "
                          "mutual knowledge distillation.")
                           .arg(QStringLiteral(CROSSSEG_VERSION)));
}

} // namespace crossseg::ui
