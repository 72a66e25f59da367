#pragma once
#include "core/image/VolumeGeometry.h"

#include <array>
#include <string>

namespace crossseg {

// How far a grid's voxel axes are tilted away from the patient axes they are displayed along. Slice views (like
// ITK-SNAP's) and the canonical reorientation (Reorienter) snap an oblique grid to its nearest orthogonal
// orientation; this says by how much, so the user can be told (cardiac short-axis MR is tilted by tens of degrees).
//   degrees():      the angle of the rotation that takes the nearest orthogonal orientation onto the grid's axes
//                   (one number for the whole grid; a tilt about one axis by t gives t);
//   axisDegrees():  per voxel axis i, j, k, the angle between that axis and the patient axis it is shown along.
// A grid is called oblique above kThresholdDegrees = 0.5: at 150 mm from the centre (half a 300 mm field of view)
// the nearest-orthogonal display is then off by up to 150 x tan(0.5 deg) = 1.3 mm, about one voxel of clinical CT
// or MR in-plane; below that nobody can see it, and the rounding noise of scanner headers (under 0.01 deg) stays far
// below it.
class Obliquity {
public:
    static constexpr double kThresholdDegrees = 0.5;

    explicit Obliquity(const VolumeGeometry& geometry);

    double degrees() const { return degrees_; }
    const std::array<double, 3>& axisDegrees() const { return axisDegrees_; }
    bool isOblique() const { return degrees_ > kThresholdDegrees; }
    // The nearest orthogonal orientation as a three-letter code ("LPS", "LAS", ...), as Reorienter names it.
    const std::string& nearestOrientation() const { return nearestOrientation_; }
    // "oblique: 20.0 degrees from LPS (axes i 20.0, j 20.0, k 0.0)" or "not oblique: 0.00 degrees from LPS".
    std::string describe() const;

    // The angle (degrees) of the rotation between two direction matrices (row-major, columns = voxel axes): 0 for
    // equal ones. Used to say by how much two grids' directions differ.
    static double angleBetween(const std::array<double, 9>& a, const std::array<double, 9>& b);

private:
    double degrees_ = 0.0;
    std::array<double, 3> axisDegrees_{0.0, 0.0, 0.0};
    std::string nearestOrientation_;
};

} // namespace crossseg
