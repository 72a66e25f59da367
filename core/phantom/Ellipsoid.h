#pragma once
#include "core/phantom/Vector3.h"

namespace crossseg {

// A rotated ellipsoid: the building block of the heart chambers and the thorax.
struct Ellipsoid {
    Vector3 centre;
    Vector3 semiAxes{1, 1, 1}; // along the rotated x, y, z axes, millimetres
    Rotation3 orientation;

    // The squared "ellipsoidal radius" of p: < 1 inside, 1 on the surface.
    double radiusSquared(const Vector3& p) const {
        const Vector3 local = orientation.applyInverse(p - centre);
        const double u = local.x / semiAxes.x, v = local.y / semiAxes.y, w = local.z / semiAxes.z;
        return u * u + v * v + w * w;
    }
    bool contains(const Vector3& p) const { return bounds().contains(p) && radiusSquared(p) <= 1.0; }
    // Coordinate of p along the ellipsoid's own z axis, relative to its centre (cuts the LV base).
    double alongZ(const Vector3& p) const { return orientation.axisZ.dot(p - centre); }

    Ellipsoid grown(double margin) const {
        return {centre, {semiAxes.x + margin, semiAxes.y + margin, semiAxes.z + margin}, orientation};
    }
    // Conservative: a cube of the largest semi-axis (rotation-independent).
    Box3 bounds() const {
        const double r = std::fmax(semiAxes.x, std::fmax(semiAxes.y, semiAxes.z));
        return {{centre.x - r, centre.y - r, centre.z - r}, {centre.x + r, centre.y + r, centre.z + r}};
    }
};

} // namespace crossseg
