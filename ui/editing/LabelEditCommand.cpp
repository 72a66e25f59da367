#include "ui/editing/LabelEditCommand.h"

#include "ui/session/ViewerState.h"

namespace crossseg::ui {

LabelEditCommand::LabelEditCommand(ViewerState* state, VoxelDiff diff, const QString& text)
    : QUndoCommand(text), state_(state), diff_(std::move(diff)) {}

void LabelEditCommand::undo() {
    diff_.applyBefore(state_->overlayForEditing());
    state_->notifyOverlayEdited();
}

void LabelEditCommand::redo() {
    if (alreadyApplied_) {
        alreadyApplied_ = false;
        return;
    }
    diff_.applyAfter(state_->overlayForEditing());
    state_->notifyOverlayEdited();
}

} // namespace crossseg::ui
