#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace crossseg {

// Exact Euclidean distance transform of a 3D binary mask with anisotropic voxel spacing: for every voxel, the
// squared distance in mm² from its centre to the centre of the nearest source voxel (mask != 0).
// Separable lower envelope of parabolas (Felzenszwalb & Huttenlocher, 2012), one pass per axis, with each axis
// scaled by its spacing; exact, not an approximation (no chamfer weights), and free of ITK so that the metrics do
// not depend on any filter's conventions.
class EuclideanDistanceTransform {
public:
    // mask: size[0]*size[1]*size[2] values in x-fastest order. Voxels with no source anywhere get +infinity
    // (only when the mask is empty).
    static std::vector<double> squaredDistances(const std::vector<std::uint8_t>& mask,
                                                const std::array<std::size_t, 3>& size,
                                                const std::array<double, 3>& spacing);
};

} // namespace crossseg
