#pragma once
// One orthogonal slice view painted with QPainter from the volume: crosshair, scroll through slices (wheel,
// Up/Down, Page Up/Down), zoom (Ctrl+wheel), pan (middle drag), window/level (right drag), and painting strokes
// (left drag while the brush or eraser is active) that it hands to whoever edits the labels.
#include "ui/model/SlicePlane.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <array>
#include <optional>

namespace crossseg::ui {

class ViewerState;
struct WindowLevel;

class SliceView : public QWidget {
    Q_OBJECT
public:
    SliceView(ViewerState* state, SliceOrientation orientation, QWidget* parent = nullptr);

    SliceOrientation orientation() const { return orientation_; }
    QString title() const;
    // The corner note of an oblique case ("Oblique 20.0°: nearest orthogonal view"); empty for an orthogonal one.
    QString obliquityNote() const;
    int slice() const;             // the slice through the crosshair
    int sliceCount() const;
    void setSlice(int slice);      // moves the crosshair along this view's axis
    // The slice as drawn (voxel resolution, before scaling to the screen): what the user sees.
    const QImage& renderedImage() const { return image_; }
    double zoom() const { return zoom_; }
    void setZoom(double zoom);
    void resetView();
    // Screen position (widget coordinates) of a voxel's centre in this view, and back.
    QPointF widgetPointOf(const std::array<long, 3>& voxel) const;
    std::optional<std::array<long, 3>> voxelAtWidgetPoint(const QPointF& point) const;

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {120, 120}; }

Q_SIGNALS:
    void hovered(int i, int j, int k);
    void strokeStarted(crossseg::ui::SliceOrientation orientation, int i, int j, int k);
    void strokeMoved(crossseg::ui::SliceOrientation orientation, int i, int j, int k);
    void strokeFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rerender();
    QRectF imageRect() const; // where the slice image lands in widget coordinates
    void drawAnnotations(QPainter& painter, const QRectF& target) const;

    ViewerState* state_;
    SliceOrientation orientation_;
    QImage image_;
    int renderedSlice_ = -1;
    double zoom_ = 1.0;
    QPointF pan_{0.0, 0.0};
    enum class Drag { None, Cursor, Paint, Pan, WindowLevel } drag_ = Drag::None;
    QPointF dragStart_;
    QPointF panAtDragStart_;
    double windowAtDragStart_ = 0.0;
    double levelAtDragStart_ = 0.0;
};

} // namespace crossseg::ui
