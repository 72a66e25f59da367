#include "ui/surface3d/SurfaceViewBinding.h"

#include "ui/session/ViewerState.h"
#include "ui/surface3d/SurfaceViewPanel.h"

#include <QTimer>

#include <cmath>

namespace crossseg::ui {

SurfaceViewBinding::SurfaceViewBinding(ViewerState* state, SurfaceViewPanel* panel)
    : QObject(panel), state_(state), panel_(panel), remeshTimer_(new QTimer(this)) {
    // Re-meshing after every mouse move of a brush stroke would be wasted work: wait until the edits pause.
    remeshTimer_->setSingleShot(true);
    remeshTimer_->setInterval(400);
    connect(remeshTimer_, &QTimer::timeout, this, &SurfaceViewBinding::remesh);
    connect(state_, &ViewerState::overlayChanged, remeshTimer_, qOverload<>(&QTimer::start));
    connect(state_, &ViewerState::displayChanged, this, [this] { panel_->setLabelTable(state_->labelTable()); });
    connect(state_, &ViewerState::cursorChanged, this, &SurfaceViewBinding::followCursor);
    connect(panel_, &SurfaceViewPanel::pointPicked, this, &SurfaceViewBinding::moveCursorTo);
}

void SurfaceViewBinding::remesh() {
    if (!state_->hasOverlay()) {
        panel_->clear();
        return;
    }
    panel_->setLabels(state_->overlay(), state_->labelTable());
    const auto data = state_->caseData();
    const bool hasReference = data && !data->reference.empty() && state_->overlayIsPrediction();
    panel_->setReference(hasReference ? &data->reference : nullptr);
}

void SurfaceViewBinding::followCursor() {
    if (!state_->hasImage()) return;
    const auto c = state_->cursor();
    const auto p = state_->image().geometry().indexToPhysical({double(c[0]), double(c[1]), double(c[2])});
    panel_->setCrosshair(p[0], p[1], p[2]);
}

void SurfaceViewBinding::moveCursorTo(double x, double y, double z) {
    if (!state_->hasImage()) return;
    const auto index = state_->image().geometry().physicalToIndex({x, y, z});
    state_->setCursor({std::lround(index[0]), std::lround(index[1]), std::lround(index[2])});
}

} // namespace crossseg::ui
