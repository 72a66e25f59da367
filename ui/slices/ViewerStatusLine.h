#pragma once
// The status bar's line about what the views show: the voxel under the mouse (or the crosshair) with its value,
// physical position and label, and, for an oblique case, that the views show its nearest orthogonal orientation.
#include <QWidget>

class QLabel;

namespace crossseg::ui {

class ViewerState;

class ViewerStatusLine : public QWidget {
    Q_OBJECT
public:
    explicit ViewerStatusLine(ViewerState* state, QWidget* parent = nullptr);

    QLabel* voxelReadout() const { return voxelReadout_; }
    QLabel* obliqueNote() const { return obliqueNote_; } // hidden for an orthogonal case

public Q_SLOTS:
    void showVoxel(int i, int j, int k);

private:
    void showCursorVoxel();
    void updateObliqueNote();

    ViewerState* state_;
    QLabel* voxelReadout_;
    QLabel* obliqueNote_;
};

} // namespace crossseg::ui
