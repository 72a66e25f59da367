#include "ui/surface3d/SurfaceViewPanel.h"

#include "rendering/SurfaceExtractor.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#include "ui/vtk/VtkRenderWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <vtkRenderWindow.h>

namespace crossseg::ui {

struct SurfaceViewPanel::Result {
    std::vector<rendering::StructureSurface> prediction;
    std::vector<rendering::StructureSurface> reference;
    bool cancelled = false;
    std::string error;
};

SurfaceViewPanel::SurfaceViewPanel(QWidget* parent)
    : QWidget(parent), cache_(std::make_shared<rendering::SurfaceCache>()) {
    view_ = new VtkRenderWidget(this);
    view_->renderWindow()->AddRenderer(scene_.renderer());
    scene_.attachOrientationMarker(view_->interactor());
    buildToolbar();
    connect(view_, &VtkRenderWidget::clicked, this, &SurfaceViewPanel::onClicked);
    connect(view_, &VtkRenderWidget::resetViewRequested, this, &SurfaceViewPanel::resetView);
}

SurfaceViewPanel::~SurfaceViewPanel() {
    if (worker_) {
        // The worker reads our volumes and posts back to us: stop it before anything goes away.
        workerControl_->requestCancel();
        workerControl_->resume();
        worker_->wait();
    }
}

void SurfaceViewPanel::buildToolbar() {
    // A QToolBar rather than a row of widgets: in a narrow quarter of the window it folds what does not fit into
    // its extension menu instead of truncating every label.
    auto* bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    referenceStyleBox_ = new QComboBox(this);
    referenceStyleBox_->addItem(tr("Reference: wireframe"), int(rendering::ReferenceStyle::Wireframe));
    referenceStyleBox_->addItem(tr("Reference: translucent"), int(rendering::ReferenceStyle::Translucent));
    referenceStyleBox_->addItem(tr("Reference: hidden"), int(rendering::ReferenceStyle::Hidden));
    referenceStyleBox_->setEnabled(false);
    connect(referenceStyleBox_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this](int) {
        setReferenceStyle(static_cast<rendering::ReferenceStyle>(referenceStyleBox_->currentData().toInt()));
    });
    distanceBox_ = new QCheckBox(tr("Distance to reference"), this);
    distanceBox_->setToolTip(tr("Colour the surfaces by their distance to the reference (mm): red = too much, "
                                "blue = too little"));
    distanceBox_->setEnabled(false);
    connect(distanceBox_, &QCheckBox::toggled, this, &SurfaceViewPanel::setDistanceColouring);

    bar->addWidget(referenceStyleBox_);
    bar->addWidget(distanceBox_);
    QAction* reset = bar->addAction(tr("Reset view"), this, &SurfaceViewPanel::resetView);
    reset->setToolTip(tr("Anterior view of all structures (key R)"));
    bar->addAction(tr("Screenshot…"), this, &SurfaceViewPanel::askScreenshot);
    bar->addAction(tr("Export meshes…"), this, &SurfaceViewPanel::askExport);
    statusLabel_ = new QLabel(this);
    statusLabel_->setContentsMargins(4, 1, 4, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(view_, 1);
    layout->addWidget(statusLabel_);
}

void SurfaceViewPanel::setLabels(const LabelVolume& labels, const LabelTable& table) {
    labels_ = std::make_shared<const LabelVolume>(labels);
    table_ = table;
    startExtraction();
}

void SurfaceViewPanel::setReference(const LabelVolume* reference) {
    reference_ = reference ? std::make_shared<const LabelVolume>(*reference) : nullptr;
    startExtraction();
}

void SurfaceViewPanel::setSurfaceOptions(const rendering::SurfaceOptions& options) {
    options_ = options;
    startExtraction();
}

void SurfaceViewPanel::clear() {
    labels_.reset();
    reference_.reset();
    startExtraction();
}

bool SurfaceViewPanel::isBusy() const { return worker_ != nullptr; }

void SurfaceViewPanel::startExtraction() {
    if (worker_) {
        // Coalesce: rapid corrections cancel the running extraction and the latest labels win.
        pending_ = true;
        workerControl_->requestCancel();
        return;
    }
    auto control = std::make_shared<TaskControl>();
    workerControl_ = control;
    auto labels = labels_;
    auto reference = reference_;
    auto cache = cache_;
    const rendering::SurfaceOptions options = options_;
    worker_ = QThread::create([this, labels, reference, cache, options, control] {
        auto result = std::make_shared<Result>();
        try {
            const rendering::SurfaceExtractor extractor(options);
            if (labels) result->prediction = extractor.extractAll(*labels, control.get(), cache.get());
            if (reference) result->reference = extractor.extractAll(*reference, control.get(), cache.get());
        } catch (const TaskCancelled&) {
            result->cancelled = true;
        } catch (const std::exception& e) {
            result->error = e.what();
        }
        // vtkPolyData goes to the GUI thread; the worker never touches it again.
        QMetaObject::invokeMethod(this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    });
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
    statusLabel_->setText(tr("Extracting surfaces…"));
    worker_->start(QThread::LowPriority);
    Q_EMIT busyChanged(true);
}

void SurfaceViewPanel::deliver(std::shared_ptr<Result> result) {
    worker_ = nullptr;
    workerControl_.reset();
    if (pending_) { // newer labels arrived meanwhile: this result is stale
        pending_ = false;
        startExtraction();
        return;
    }
    Q_EMIT busyChanged(false);
    if (result->cancelled) return;
    if (!result->error.empty()) {
        log::error("3D surfaces: " + result->error);
        statusLabel_->setText(tr("Surface extraction failed: %1").arg(QString::fromStdString(result->error)));
        return;
    }
    scene_.setPrediction(std::move(result->prediction));
    scene_.setReference(std::move(result->reference));
    scene_.setLabelTable(table_);
    const bool haveReference = !scene_.reference().empty();
    referenceStyleBox_->setEnabled(haveReference);
    distanceBox_->setEnabled(haveReference);
    scene_.setDistanceColouring(haveReference && distanceBox_->isChecked());
    if (!cameraPlaced_ && !scene_.prediction().empty()) {
        scene_.resetCamera();
        cameraPlaced_ = true;
    } else {
        scene_.renderer()->ResetCameraClippingRange();
    }
    long long triangles = 0;
    for (const auto& s : scene_.prediction()) triangles += s.trianglesFinal;
    statusLabel_->setText(tr("%1 structures, %2 triangles")
                              .arg(scene_.prediction().size())
                              .arg(QLocale().toString(triangles)));
    view_->requestRender();
    Q_EMIT surfacesReady();
}

void SurfaceViewPanel::setLabelTable(const LabelTable& table) {
    table_ = table;
    scene_.setLabelTable(table_);
    view_->requestRender();
}

void SurfaceViewPanel::setCrosshair(double x, double y, double z) {
    scene_.setCrosshair({x, y, z});
    view_->requestRender();
}

void SurfaceViewPanel::setReferenceStyle(rendering::ReferenceStyle style) {
    scene_.setReferenceStyle(style);
    view_->requestRender();
}

void SurfaceViewPanel::setDistanceColouring(bool on) {
    if (distanceBox_->isChecked() != on) {
        distanceBox_->setChecked(on); // re-enters through toggled, which does the work
        return;
    }
    scene_.setDistanceColouring(on && !scene_.reference().empty());
    view_->requestRender();
}

void SurfaceViewPanel::resetView() {
    scene_.resetCamera();
    view_->requestRender();
}

void SurfaceViewPanel::onClicked(const QPoint& position) {
    // Qt: origin top-left, logical pixels. VTK: origin bottom-left, device pixels.
    const qreal ratio = view_->devicePixelRatioF();
    const int* size = view_->renderWindow()->GetSize();
    const double x = position.x() * ratio;
    const double y = size[1] - position.y() * ratio - 1.0;
    const auto picked = scene_.pick(x, y);
    if (!picked) return;
    const auto& p = *picked;
    scene_.setCrosshair(p);
    view_->requestRender();
    Q_EMIT pointPicked(p[0], p[1], p[2]);
}

void SurfaceViewPanel::saveScreenshot(const std::filesystem::path& file) {
    // VTK leaves the background's alpha at zero: drop alpha so viewers do not show it as transparent.
    const QImage image = view_->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    AtomicFile::write(file, [&](const std::filesystem::path& temporary) {
        if (!image.save(QString::fromStdString(temporary.string()), "PNG"))
            throw InputError(file, "could not write the screenshot");
    });
    log::info("3D view saved to " + file.string());
}

std::vector<std::filesystem::path> SurfaceViewPanel::exportMeshes(const std::filesystem::path& folder,
                                                                  rendering::MeshFormat format) const {
    std::vector<rendering::StructureSurface> visible;
    for (const auto& s : scene_.prediction()) {
        const auto* d = table_.find(s.label);
        if (!d || d->visible) visible.push_back(s);
    }
    return rendering::MeshExporter::writeEach(visible, table_, folder, format);
}

void SurfaceViewPanel::askScreenshot() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save 3D view"), "surfaces.png", tr("PNG (*.png)"));
    if (file.isEmpty()) return;
    try {
        saveScreenshot(file.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Screenshot"), QString::fromStdString(e.what()));
    }
}

void SurfaceViewPanel::askExport() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export surfaces to"));
    if (folder.isEmpty()) return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Export meshes"), tr("Format"),
                                                 {"STL", "OBJ", "VTP"}, 0, false, &ok);
    if (!ok) return;
    const auto format = choice == "OBJ"   ? rendering::MeshFormat::Obj
                        : choice == "VTP" ? rendering::MeshFormat::Vtp
                                          : rendering::MeshFormat::Stl;
    try {
        const auto files = exportMeshes(folder.toStdString(), format);
        statusLabel_->setText(tr("%1 meshes exported").arg(files.size()));
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export meshes"), QString::fromStdString(e.what()));
    }
}

} // namespace crossseg::ui
