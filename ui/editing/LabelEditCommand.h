#pragma once
// One undoable label edit (a brush or eraser stroke), stored as the voxels it changed.
#include "ui/model/VoxelDiff.h"

#include <QUndoCommand>

namespace crossseg::ui {

class ViewerState;

class LabelEditCommand : public QUndoCommand {
public:
    // The edit is already applied when the command is pushed (the user saw it while painting), so the first
    // redo() that QUndoStack::push() calls does nothing.
    LabelEditCommand(ViewerState* state, VoxelDiff diff, const QString& text);

    void undo() override;
    void redo() override;
    const VoxelDiff& diff() const { return diff_; }

private:
    ViewerState* state_;
    VoxelDiff diff_;
    bool alreadyApplied_ = true;
};

} // namespace crossseg::ui
