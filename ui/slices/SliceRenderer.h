#pragma once
// Turns one slice of the viewer's image and label overlay into a QImage at voxel resolution (one pixel per
// voxel); the view scales it to the screen with the physical aspect. Separate from the widget so that tests
// read exactly what is drawn.
#include "ui/model/SlicePlane.h"

#include <QImage>

namespace crossseg::ui {

class ViewerState;

class SliceRenderer {
public:
    // Grey image under the window, with visible labels blended in (filled or outline). Null without an image.
    static QImage render(const ViewerState& state, SliceOrientation orientation, int slice);
};

} // namespace crossseg::ui
