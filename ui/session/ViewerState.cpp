#include "ui/session/ViewerState.h"

#include <algorithm>

namespace crossseg::ui {

ViewerState::ViewerState(QObject* parent) : QObject(parent) {}

const ImageVolume& ViewerState::image() const {
    static const ImageVolume empty;
    return caseData() ? caseData()->image : empty;
}

void ViewerState::setCase(std::shared_ptr<CaseData> data) {
    session_.setCase(std::move(data));
    const auto& shown = session_.caseData();
    overlay_ = shown ? shown->reference : LabelVolume{};
    overlayIsPrediction_ = false;
    overlaySourceFile_ = shown ? QString::fromStdString(shown->referenceFile.string()) : QString();
    if (hasImage()) {
        const auto& size = shown->image.geometry().size;
        cursor_ = {static_cast<long>(size[0] / 2), static_cast<long>(size[1] / 2), static_cast<long>(size[2] / 2)};
        windowLevel_ = WindowLevel::automatic(shown->image);
    }
    Q_EMIT caseChanged();
    Q_EMIT overlayChanged();
    Q_EMIT cursorChanged();
    Q_EMIT displayChanged();
}

void ViewerState::setOverlay(LabelVolume labels, bool isPrediction, const QString& sourceFile) {
    overlay_ = std::move(labels);
    overlayIsPrediction_ = isPrediction;
    overlaySourceFile_ = sourceFile;
    Q_EMIT overlayChanged();
}

void ViewerState::ensureOverlay() {
    if (!hasOverlay() && hasImage()) {
        overlay_ = LabelVolume(image().geometry(), 0);
        overlaySourceFile_.clear();
        Q_EMIT overlayChanged();
    }
}

void ViewerState::notifyOverlayEdited() { Q_EMIT overlayChanged(); }

void ViewerState::setCursor(const std::array<long, 3>& voxel) {
    if (!hasImage()) return;
    const auto& size = image().geometry().size;
    std::array<long, 3> clamped{};
    for (int axis = 0; axis < 3; ++axis)
        clamped[axis] = std::clamp<long>(voxel[axis], 0, static_cast<long>(size[axis]) - 1);
    if (clamped == cursor_) return;
    cursor_ = clamped;
    Q_EMIT cursorChanged();
}

void ViewerState::setWindowLevel(const WindowLevel& windowLevel) {
    windowLevel_ = windowLevel;
    Q_EMIT displayChanged();
}

void ViewerState::setLabelTable(const LabelTable& table) {
    labelTable_ = table;
    Q_EMIT displayChanged();
}

void ViewerState::setLabelVisible(int value, bool visible) {
    if (auto* label = labelTable_.find(value)) {
        label->visible = visible;
        Q_EMIT displayChanged();
    }
}

void ViewerState::setOverlayOpacity(double opacity) {
    overlayOpacity_ = std::clamp(opacity, 0.0, 1.0);
    Q_EMIT displayChanged();
}

void ViewerState::setOutlineMode(bool outline) {
    outline_ = outline;
    Q_EMIT displayChanged();
}

void ViewerState::setTool(EditTool tool) {
    tool_ = tool;
    Q_EMIT toolChanged();
}

void ViewerState::setBrushDiameter(int pixels) {
    brushDiameter_ = std::clamp(pixels, 1, 99);
    Q_EMIT toolChanged();
}

void ViewerState::setActiveLabel(int value) {
    activeLabel_ = std::max(0, value);
    Q_EMIT toolChanged();
}

} // namespace crossseg::ui
