#pragma once
// Known label volumes for the rendering tests: spheres placed in physical space on any grid.
#include "core/image/Volume.h"

#include <array>
#include <cmath>

namespace crossseg::test {

// A rotation about an oblique axis (non-identity, not axis-aligned), optionally mirrored: row-major, columns are
// the physical directions of the voxel axes.
inline std::array<double, 9> obliqueDirection(bool mirrored) {
    const double a = 0.5, b = 0.35; // angles about z then x
    const double ca = std::cos(a), sa = std::sin(a), cb = std::cos(b), sb = std::sin(b);
    // Rz(a) * Rx(b)
    std::array<double, 9> m{ca, -sa * cb, sa * sb, sa, ca * cb, -ca * sb, 0.0, sb, cb};
    if (mirrored)
        for (int r = 0; r < 3; ++r) m[r * 3 + 2] = -m[r * 3 + 2];
    return m;
}

// Sets every voxel whose centre lies within radiusMm of centreMm (physical) to `label`.
inline void paintSphere(LabelVolume& labels, const std::array<double, 3>& centreMm, double radiusMm,
                        std::uint16_t label) {
    const auto& g = labels.geometry();
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const auto p = g.indexToPhysical({double(i), double(j), double(k)});
                const double d2 = std::pow(p[0] - centreMm[0], 2) + std::pow(p[1] - centreMm[1], 2) +
                                  std::pow(p[2] - centreMm[2], 2);
                if (d2 <= radiusMm * radiusMm) labels.at(i, j, k) = label;
            }
}

} // namespace crossseg::test
