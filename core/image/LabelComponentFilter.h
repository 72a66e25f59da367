#pragma once
#include "core/image/Volume.h"

#include <cstddef>
#include <cstdint>

namespace crossseg {

// Connected-component post-processing of a label volume, per class: for each foreground label value (> 0) the
// largest 3D connected component is kept, plus every other component of that value holding at least
// `keepFraction` of the largest one's voxels; the rest becomes background (0). It removes the scattered false
// positives a slice-by-slice segmentor leaves far from the organ, which dominate HD95.
// Connectivity is in voxel index space: Faces6 (voxels sharing a face) or Full26 (sharing a face, an edge or a
// corner; the default, so that a thin or diagonally running organ is not cut into pieces).
// Qt-free, ITK-free, LibTorch-free: the Predictor applies it on the engine side.
class LabelComponentFilter {
public:
    enum class Connectivity { Faces6 = 6, Full26 = 26 };

    explicit LabelComponentFilter(Connectivity connectivity = Connectivity::Full26, double keepFraction = 0.1);

    // Filters in place; returns the number of voxels set to background.
    std::size_t apply(LabelVolume& labels) const;
    // The same on raw voxels in x-fastest order (size x * y * z).
    std::size_t apply(std::uint16_t* voxels, std::size_t x, std::size_t y, std::size_t z) const;

    Connectivity connectivity() const { return connectivity_; }
    double keepFraction() const { return keepFraction_; }

private:
    Connectivity connectivity_;
    double keepFraction_;
};

} // namespace crossseg
