#pragma once
// The linked axial, coronal and sagittal views in a 2x2 grid (the fourth cell holds the 3D view when there is
// one), with the window/level presets above them.
#include "ui/model/SlicePlane.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;

namespace crossseg::ui {

class SliceView;
class ViewerState;

class SliceViewsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SliceViewsPanel(ViewerState* state, QWidget* parent = nullptr);

    SliceView* view(SliceOrientation orientation) const;
    void setFourthView(QWidget* widget); // replaces the placeholder; the panel takes ownership
    // Preset names as shown in the combo box: index 0 automatic (MR), 1 CT abdomen, 2 CT soft tissue.
    void applyPreset(int index);

private:
    void syncWindowLevelControls();

    ViewerState* state_;
    SliceView* axial_ = nullptr;
    SliceView* coronal_ = nullptr;
    SliceView* sagittal_ = nullptr;
    QWidget* fourth_ = nullptr;
    QGridLayout* grid_ = nullptr;
    QComboBox* presets_ = nullptr;
    QDoubleSpinBox* window_ = nullptr;
    QDoubleSpinBox* level_ = nullptr;
};

} // namespace crossseg::ui
