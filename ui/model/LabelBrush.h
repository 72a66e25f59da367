#pragma once
// A round brush in the plane of one slice view: which voxels a dab at a voxel covers, and painting them.
// The disc is round in millimetres (anisotropic pixels give an elliptic disc in voxels). Qt-free.
#include "ui/model/VoxelDiff.h"
#include "ui/model/SlicePlane.h"

#include <array>

namespace crossseg::ui {

class LabelBrush {
public:
    // diameter: in pixels along the view's horizontal axis.
    LabelBrush(SliceOrientation orientation, int diameter) : orientation_(orientation), diameter_(diameter) {}

    // Sets every voxel of the disc centred on `centre` to `value`, recording changes in `diff`.
    void dab(LabelVolume& labels, const std::array<long, 3>& centre, std::uint16_t value, VoxelDiff& diff) const;
    // Dabs along the straight line from `from` to `to` (both in the same slice) so fast strokes leave no gaps.
    void line(LabelVolume& labels, const std::array<long, 3>& from, const std::array<long, 3>& to,
              std::uint16_t value, VoxelDiff& diff) const;

private:
    SliceOrientation orientation_;
    int diameter_;
};

} // namespace crossseg::ui
