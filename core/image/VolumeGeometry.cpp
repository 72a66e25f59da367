#include "core/image/VolumeGeometry.h"

#include <cmath>
#include <sstream>

namespace crossseg {

std::array<double, 3> VolumeGeometry::indexToPhysical(const std::array<double, 3>& index) const {
    std::array<double, 3> p{};
    for (int r = 0; r < 3; ++r) {
        p[r] = origin[r];
        for (int c = 0; c < 3; ++c) p[r] += direction[r * 3 + c] * spacing[c] * index[c];
    }
    return p;
}

std::array<double, 3> VolumeGeometry::physicalToIndex(const std::array<double, 3>& point) const {
    // direction is orthonormal: its inverse is its transpose.
    std::array<double, 3> d{point[0] - origin[0], point[1] - origin[1], point[2] - origin[2]};
    std::array<double, 3> index{};
    for (int c = 0; c < 3; ++c) {
        double v = 0.0;
        for (int r = 0; r < 3; ++r) v += direction[r * 3 + c] * d[r];
        index[c] = v / spacing[c];
    }
    return index;
}

bool VolumeGeometry::sameGrid(const VolumeGeometry& other, double tolerance) const {
    if (size != other.size) return false;
    for (int a = 0; a < 3; ++a) {
        const double scale = std::max(1.0, std::abs(spacing[a]));
        if (std::abs(spacing[a] - other.spacing[a]) > tolerance * scale) return false;
        if (std::abs(origin[a] - other.origin[a]) > tolerance * scale * 10.0) return false;
    }
    for (int i = 0; i < 9; ++i)
        if (std::abs(direction[i] - other.direction[i]) > tolerance) return false;
    return true;
}

std::string VolumeGeometry::describe() const {
    std::ostringstream s;
    s << size[0] << "x" << size[1] << "x" << size[2] << " voxels of " << spacing[0] << "x" << spacing[1] << "x"
      << spacing[2] << " mm";
    return s.str();
}

} // namespace crossseg
