#include "ui/model/LabelBrush.h"

#include <algorithm>
#include <cmath>

namespace crossseg::ui {

void LabelBrush::dab(LabelVolume& labels, const std::array<long, 3>& centre, std::uint16_t value,
                     VoxelDiff& diff) const {
    const auto& geometry = labels.geometry();
    const SlicePlane plane(orientation_, geometry);
    const auto pixel = plane.pixelOf(centre);
    const double radiusU = std::max(0.5, diameter_ / 2.0);
    const double radiusMm = radiusU * plane.pixelWidthMm();
    const double radiusV = radiusMm / plane.pixelHeightMm();
    const int reachU = static_cast<int>(std::floor(radiusU));
    const int reachV = static_cast<int>(std::floor(radiusV));
    for (int dv = -reachV; dv <= reachV; ++dv) {
        for (int du = -reachU; du <= reachU; ++du) {
            // Inside the ellipse that is a circle in millimetres; a diameter of 1 paints exactly one voxel.
            const double nu = du / radiusU;
            const double nv = radiusV > 0.0 ? dv / radiusV : 0.0;
            if (nu * nu + nv * nv > 1.0 + 1e-9) continue;
            const int u = pixel[0] + du;
            const int v = pixel[1] + dv;
            if (u < 0 || v < 0 || u >= plane.width() || v >= plane.height()) continue;
            const auto voxel = plane.voxelAt(u, v, pixel[2]);
            if (!geometry.contains(voxel[0], voxel[1], voxel[2])) continue;
            diff.set(labels, geometry.linearIndex(voxel[0], voxel[1], voxel[2]), value);
        }
    }
}

void LabelBrush::line(LabelVolume& labels, const std::array<long, 3>& from, const std::array<long, 3>& to,
                      std::uint16_t value, VoxelDiff& diff) const {
    long steps = 0;
    for (int axis = 0; axis < 3; ++axis) steps = std::max(steps, std::labs(to[axis] - from[axis]));
    for (long n = 0; n <= steps; ++n) {
        const double t = steps == 0 ? 1.0 : static_cast<double>(n) / steps;
        std::array<long, 3> point{};
        for (int axis = 0; axis < 3; ++axis)
            point[axis] = std::lround(from[axis] + t * (to[axis] - from[axis]));
        dab(labels, point, value, diff);
    }
}

} // namespace crossseg::ui
