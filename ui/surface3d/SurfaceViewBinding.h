#pragma once
// Keeps a SurfaceViewPanel in step with the slice viewer's state: re-meshes the overlay once edits pause, colours
// a prediction by its distance to the case's reference, follows the crosshair, and moves the crosshair to a point
// picked on a surface.
#include <QObject>

class QTimer;

namespace crossseg::ui {

class SurfaceViewPanel;
class ViewerState;

class SurfaceViewBinding : public QObject {
    Q_OBJECT
public:
    // Owned by `panel`.
    SurfaceViewBinding(ViewerState* state, SurfaceViewPanel* panel);

private:
    void remesh();
    void followCursor();
    void moveCursorTo(double x, double y, double z);

    ViewerState* state_;
    SurfaceViewPanel* panel_;
    QTimer* remeshTimer_;
};

} // namespace crossseg::ui
