#pragma once
#include "core/image/Volume.h"

#include <array>

namespace crossseg {

// Separable Gaussian smoothing in voxel units, edges clamped. The phantom uses it for the partial-volume blur
// of tissue boundaries and for smooth random fields.
class GaussianSmoothing {
public:
    static void smooth(ImageVolume& volume, const std::array<double, 3>& sigmaVoxels);
};

} // namespace crossseg
