#pragma once
#include "rendering/MeshExporter.h"
#include "rendering/SurfaceCache.h"
#include "rendering/SurfaceOptions.h"
#include "rendering/SurfaceScene.h"
#include "core/image/LabelTable.h"
#include "core/image/Volume.h"

#include <QWidget>

#include <array>
#include <filesystem>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QThread;

namespace crossseg {
class TaskControl;
}

namespace crossseg::ui {

class VtkRenderWidget;

// The 3D view of the Studio: the current labels (prediction or correction) as smooth coloured surfaces, the
// reference alongside (wireframe or translucent), optional colouring by distance to the reference, and the
// slice views' crosshair. Surfaces are extracted on a worker thread and cached per structure, so a correction
// re-meshes only what changed.
//
// Use from the main window:
//   panel->setLabels(prediction, labelTable);          // whenever the labels change
//   panel->setReference(&reference);                   // or nullptr
//   panel->setCrosshair({x, y, z});                    // LPS mm, from the slice views
//   connect(panel, &SurfaceViewPanel::pointPicked, sliceViews, &...::setCrosshair);
class SurfaceViewPanel : public QWidget {
    Q_OBJECT
public:
    explicit SurfaceViewPanel(QWidget* parent = nullptr);
    ~SurfaceViewPanel() override;

    // Copies the volume; extraction runs in the background and surfacesReady() follows.
    void setLabels(const LabelVolume& labels, const LabelTable& table);
    // The reference segmentation on the same patient (nullptr: none). Copied.
    void setReference(const LabelVolume* reference);
    void setSurfaceOptions(const rendering::SurfaceOptions& options); // re-extracts
    void clear();

    bool isBusy() const;
    const rendering::SurfaceScene& scene() const { return scene_; }
    VtkRenderWidget* view() const { return view_; }

    // Saves what the view shows (PNG, atomic). Throws InputError when the file cannot be written.
    void saveScreenshot(const std::filesystem::path& file);
    // One file per visible structure of the labels (not the reference); format from `format`'s extension.
    std::vector<std::filesystem::path> exportMeshes(const std::filesystem::path& folder,
                                                    rendering::MeshFormat format) const;

public Q_SLOTS:
    // Colours, names, opacity, visibility changed (no re-extraction).
    void setLabelTable(const crossseg::LabelTable& table);
    // LPS millimetres, the slice views' crosshair.
    void setCrosshair(double x, double y, double z);
    void setReferenceStyle(crossseg::rendering::ReferenceStyle style);
    void setDistanceColouring(bool on);
    void resetView();

Q_SIGNALS:
    // The user clicked a surface point (LPS millimetres): the slice views should move their crosshair there.
    void pointPicked(double x, double y, double z);
    // New surfaces are shown (after setLabels / setReference / setSurfaceOptions).
    void surfacesReady();
    void busyChanged(bool busy);

private:
    struct Result;
    void buildToolbar();
    void startExtraction();
    void deliver(std::shared_ptr<Result> result);
    void onClicked(const QPoint& position);
    void askScreenshot();
    void askExport();

    VtkRenderWidget* view_ = nullptr;
    QComboBox* referenceStyleBox_ = nullptr;
    QCheckBox* distanceBox_ = nullptr;
    QLabel* statusLabel_ = nullptr;

    rendering::SurfaceScene scene_;
    rendering::SurfaceOptions options_;
    std::shared_ptr<rendering::SurfaceCache> cache_;
    std::shared_ptr<const LabelVolume> labels_;
    std::shared_ptr<const LabelVolume> reference_;
    LabelTable table_;

    QThread* worker_ = nullptr;
    std::shared_ptr<TaskControl> workerControl_;
    bool pending_ = false;     // labels changed while the worker ran: extract again when it is done
    bool cameraPlaced_ = false; // the first surfaces get the anterior view; later updates keep the user's view
};

} // namespace crossseg::ui
