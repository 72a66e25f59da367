#pragma once
#include "core/image/VolumeGeometry.h"

#include <string>

namespace crossseg {

// Says in words how two grids differ, so that a label that lies "almost" on its image's grid is explained instead
// of being shown as two identical size/spacing strings: which of size, spacing, origin (by how many mm) and
// direction (by what angle, or mirrored) differ. Uses VolumeGeometry::sameGrid's tolerances.
class GridDifference {
public:
    // "" when the grids are the same; else e.g. "origin differs by 2.5 mm (0, 0, 2.5); direction differs by 3.0
    // degrees". `other` is compared against `reference` ("vs" lists the reference second).
    static std::string describe(const VolumeGeometry& other, const VolumeGeometry& reference,
                                double tolerance = 1e-3);
};

} // namespace crossseg
