#pragma once
// Correction of the label overlay: turns the views' strokes into brush or eraser edits of the active label,
// keeps them on a QUndoStack (sparse voxel diffs), and saves the result with the case's original geometry.
#include "ui/model/SlicePlane.h"

#include <QObject>
#include <QString>

#include <array>
#include <optional>

class QUndoStack;

namespace crossseg::ui {

class ViewerState;
class VoxelDiff;

class LabelEditor : public QObject {
    Q_OBJECT
public:
    explicit LabelEditor(ViewerState* state, QObject* parent = nullptr);
    ~LabelEditor() override;

    QUndoStack* undoStack() const { return undoStack_; }
    bool hasUnsavedChanges() const;

    // Writes the overlay onto the case's original grid as NIfTI (atomic) and marks it saved.
    // Throws InputError / std::exception on failure.
    void save(const QString& file);

    // One dab (a click) with the current tool at a voxel: a convenience for keyboard users and tests.
    void paintAt(SliceOrientation orientation, const std::array<long, 3>& voxel);

public Q_SLOTS:
    void beginStroke(crossseg::ui::SliceOrientation orientation, int i, int j, int k);
    void continueStroke(crossseg::ui::SliceOrientation orientation, int i, int j, int k);
    void finishStroke();
    void clearHistory(); // a new case or overlay: old edits do not apply to it

Q_SIGNALS:
    void saved(const QString& file);

private:
    ViewerState* state_;
    QUndoStack* undoStack_;
    struct Stroke;
    Stroke* stroke_ = nullptr;
};

} // namespace crossseg::ui
