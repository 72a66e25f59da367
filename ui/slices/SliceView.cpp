#include "ui/slices/SliceView.h"

#include "ui/slices/SliceRenderer.h"
#include "ui/session/ViewerState.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

SliceView::SliceView(ViewerState* state, SliceOrientation orientation, QWidget* parent)
    : QWidget(parent), state_(state), orientation_(orientation) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setObjectName(QStringLiteral("sliceView%1").arg(static_cast<int>(orientation)));
    auto refresh = [this] {
        rerender();
        update();
    };
    connect(state_, &ViewerState::caseChanged, this, [this, refresh] {
        resetView();
        refresh();
    });
    connect(state_, &ViewerState::overlayChanged, this, refresh);
    connect(state_, &ViewerState::displayChanged, this, refresh);
    connect(state_, &ViewerState::cursorChanged, this, [this] {
        if (slice() != renderedSlice_) rerender();
        update();
    });
}

QString SliceView::title() const {
    switch (orientation_) {
    case SliceOrientation::Axial: return tr("Axial");
    case SliceOrientation::Coronal: return tr("Coronal");
    case SliceOrientation::Sagittal: return tr("Sagittal");
    }
    return {};
}

int SliceView::slice() const {
    if (!state_->hasImage()) return -1;
    return SlicePlane(orientation_, state_->image().geometry()).pixelOf(state_->cursor())[2];
}

int SliceView::sliceCount() const {
    if (!state_->hasImage()) return 0;
    return SlicePlane(orientation_, state_->image().geometry()).sliceCount();
}

void SliceView::setSlice(int slice) {
    if (!state_->hasImage()) return;
    const SlicePlane plane(orientation_, state_->image().geometry());
    auto cursor = state_->cursor();
    cursor[plane.sliceAxis()] = std::clamp(slice, 0, plane.sliceCount() - 1);
    state_->setCursor(cursor);
}

void SliceView::setZoom(double zoom) {
    zoom_ = std::clamp(zoom, 0.25, 32.0);
    update();
}

void SliceView::resetView() {
    zoom_ = 1.0;
    pan_ = {0.0, 0.0};
    update();
}

void SliceView::rerender() {
    renderedSlice_ = slice();
    image_ = SliceRenderer::render(*state_, orientation_, renderedSlice_);
}

QRectF SliceView::imageRect() const {
    if (image_.isNull() || !state_->hasImage()) return {};
    const SlicePlane plane(orientation_, state_->image().geometry());
    // Physical extent of the slice: pixels are drawn with the voxel spacing's aspect ratio.
    const double physicalWidth = plane.width() * plane.pixelWidthMm();
    const double physicalHeight = plane.height() * plane.pixelHeightMm();
    const double fit = std::min(width() / physicalWidth, height() / physicalHeight) * zoom_;
    const QSizeF size(physicalWidth * fit, physicalHeight * fit);
    const QPointF topLeft(width() / 2.0 - size.width() / 2.0 + pan_.x(), height() / 2.0 - size.height() / 2.0 + pan_.y());
    return {topLeft, size};
}

QPointF SliceView::widgetPointOf(const std::array<long, 3>& voxel) const {
    const QRectF target = imageRect();
    if (target.isEmpty()) return {};
    const auto pixel = SlicePlane(orientation_, state_->image().geometry()).pixelOf(voxel);
    return {target.left() + (pixel[0] + 0.5) * target.width() / image_.width(),
            target.top() + (pixel[1] + 0.5) * target.height() / image_.height()};
}

std::optional<std::array<long, 3>> SliceView::voxelAtWidgetPoint(const QPointF& point) const {
    const QRectF target = imageRect();
    if (target.isEmpty()) return std::nullopt;
    const int u = static_cast<int>(std::floor((point.x() - target.left()) * image_.width() / target.width()));
    const int v = static_cast<int>(std::floor((point.y() - target.top()) * image_.height() / target.height()));
    if (u < 0 || v < 0 || u >= image_.width() || v >= image_.height()) return std::nullopt;
    return SlicePlane(orientation_, state_->image().geometry()).voxelAt(u, v, slice());
}

QString SliceView::obliquityNote() const {
    const auto& obliquity = state_->session().caseObliquity();
    if (!obliquity || !obliquity->isOblique()) return {};
    return tr("Oblique %1°: nearest orthogonal view").arg(obliquity->degrees(), 0, 'f', 1);
}

void SliceView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    const QRectF target = imageRect();
    if (!target.isEmpty()) {
        // Nearest-neighbour scaling shows voxels as they are; QPainter maps logical to device pixels (HiDPI).
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(target, image_);
    }
    drawAnnotations(painter, target);
}

void SliceView::drawAnnotations(QPainter& painter, const QRectF& target) const {
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QColor(255, 210, 0));
    QString header = title();
    if (state_->hasImage()) header += QStringLiteral("  %1 / %2").arg(slice() + 1).arg(sliceCount());
    painter.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignLeft, header);
    if (target.isEmpty()) return;

    // The crosshair, with a gap around the point so that the voxel under it stays visible.
    const QPointF centre = widgetPointOf(state_->cursor());
    QPen crosshair(QColor(80, 160, 255, 200));
    crosshair.setCosmetic(true);
    painter.setPen(crosshair);
    const double gap = 6.0;
    painter.drawLine(QPointF(target.left(), centre.y()), QPointF(centre.x() - gap, centre.y()));
    painter.drawLine(QPointF(centre.x() + gap, centre.y()), QPointF(target.right(), centre.y()));
    painter.drawLine(QPointF(centre.x(), target.top()), QPointF(centre.x(), centre.y() - gap));
    painter.drawLine(QPointF(centre.x(), centre.y() + gap), QPointF(centre.x(), target.bottom()));

    // Anatomical directions at the edges (radiological convention).
    QString left, right, top, bottom;
    switch (orientation_) {
    case SliceOrientation::Axial: left = tr("R"); right = tr("L"); top = tr("A"); bottom = tr("P"); break;
    case SliceOrientation::Coronal: left = tr("R"); right = tr("L"); top = tr("S"); bottom = tr("I"); break;
    case SliceOrientation::Sagittal: left = tr("A"); right = tr("P"); top = tr("S"); bottom = tr("I"); break;
    }
    painter.setPen(QColor(255, 210, 0));
    const QRectF box = rect().adjusted(6, 4, -6, -4);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, top);
    painter.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, bottom);
    // An oblique grid is shown snapped to its nearest orthogonal orientation: say so where the user looks.
    const QString note = obliquityNote();
    if (!note.isEmpty()) {
        // The second line under the view's title, clear of the direction letters at the edges' centres.
        painter.setPen(QColor(255, 140, 0));
        painter.drawText(box.adjusted(0, painter.fontMetrics().height(), 0, 0), Qt::AlignTop | Qt::AlignLeft, note);
    }

    if (state_->tool() != EditTool::Navigate && underMouse()) {
        // The brush outline at the mouse, so that the size is visible before painting.
        const double pixelOnScreen = target.width() / std::max(1, image_.width());
        const double radius = state_->brushDiameter() * pixelOnScreen / 2.0;
        const QPointF mouse = mapFromGlobal(QCursor::pos());
        painter.setPen(QPen(state_->tool() == EditTool::Eraser ? Qt::white : Qt::red, 0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(mouse, radius, radius);
    }
}

void SliceView::mousePressEvent(QMouseEvent* event) {
    dragStart_ = event->position();
    if (event->button() == Qt::LeftButton) {
        const auto voxel = voxelAtWidgetPoint(event->position());
        if (state_->tool() == EditTool::Navigate) {
            drag_ = Drag::Cursor;
            if (voxel) state_->setCursor(*voxel);
        } else if (voxel) {
            drag_ = Drag::Paint;
            Q_EMIT strokeStarted(orientation_, static_cast<int>((*voxel)[0]), static_cast<int>((*voxel)[1]),
                                 static_cast<int>((*voxel)[2]));
        }
    } else if (event->button() == Qt::MiddleButton) {
        drag_ = Drag::Pan;
        panAtDragStart_ = pan_;
    } else if (event->button() == Qt::RightButton) {
        drag_ = Drag::WindowLevel;
        windowAtDragStart_ = state_->windowLevel().window;
        levelAtDragStart_ = state_->windowLevel().level;
    }
    event->accept();
}

void SliceView::mouseMoveEvent(QMouseEvent* event) {
    const auto voxel = voxelAtWidgetPoint(event->position());
    if (voxel) Q_EMIT hovered(static_cast<int>((*voxel)[0]), static_cast<int>((*voxel)[1]), static_cast<int>((*voxel)[2]));
    const QPointF delta = event->position() - dragStart_;
    switch (drag_) {
    case Drag::Cursor:
        if (voxel) state_->setCursor(*voxel);
        break;
    case Drag::Paint:
        if (voxel)
            Q_EMIT strokeMoved(orientation_, static_cast<int>((*voxel)[0]), static_cast<int>((*voxel)[1]),
                               static_cast<int>((*voxel)[2]));
        break;
    case Drag::Pan:
        pan_ = panAtDragStart_ + delta;
        break;
    case Drag::WindowLevel: {
        // Scale the drag to the intensity range in view so that one sweep across the view spans it.
        const double perPixel = std::max(1e-3, windowAtDragStart_) / std::max(100, width());
        const WindowLevel start{windowAtDragStart_, levelAtDragStart_};
        state_->setWindowLevel(start.dragged(delta.x(), delta.y(), perPixel));
        break;
    }
    case Drag::None: break;
    }
    update();
}

void SliceView::mouseReleaseEvent(QMouseEvent* event) {
    if (drag_ == Drag::Paint) Q_EMIT strokeFinished();
    drag_ = Drag::None;
    event->accept();
}

void SliceView::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) return;
    if (event->modifiers() & Qt::ControlModifier)
        setZoom(zoom_ * std::pow(1.2, steps));
    else
        setSlice(slice() + steps);
    event->accept();
}

void SliceView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up: setSlice(slice() + 1); break;
    case Qt::Key_Down: setSlice(slice() - 1); break;
    case Qt::Key_PageUp: setSlice(slice() + 10); break;
    case Qt::Key_PageDown: setSlice(slice() - 10); break;
    case Qt::Key_Home: resetView(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace crossseg::ui
