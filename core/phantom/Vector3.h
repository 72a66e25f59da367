#pragma once
#include <cmath>

namespace crossseg {

// A point or direction in patient space (LPS, millimetres), with the few operations the phantom needs.
struct Vector3 {
    double x = 0.0, y = 0.0, z = 0.0;

    Vector3 operator+(const Vector3& o) const { return {x + o.x, y + o.y, z + o.z}; }
    Vector3 operator-(const Vector3& o) const { return {x - o.x, y - o.y, z - o.z}; }
    Vector3 operator*(double s) const { return {x * s, y * s, z * s}; }
    double dot(const Vector3& o) const { return x * o.x + y * o.y + z * o.z; }
    Vector3 cross(const Vector3& o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
    double norm() const { return std::sqrt(dot(*this)); }
    Vector3 normalized() const {
        const double n = norm();
        return n > 0.0 ? *this * (1.0 / n) : *this;
    }
};

// A rotation as three orthonormal column vectors (the rotated x, y, z axes).
struct Rotation3 {
    Vector3 axisX{1, 0, 0}, axisY{0, 1, 0}, axisZ{0, 0, 1};

    Vector3 apply(const Vector3& v) const { return axisX * v.x + axisY * v.y + axisZ * v.z; }
    Vector3 applyInverse(const Vector3& v) const { return {axisX.dot(v), axisY.dot(v), axisZ.dot(v)}; }
    Rotation3 then(const Rotation3& outer) const {
        return {outer.apply(axisX), outer.apply(axisY), outer.apply(axisZ)};
    }

    // Rotation by `angle` radians about a unit axis (Rodrigues).
    static Rotation3 aboutAxis(const Vector3& unitAxis, double angle) {
        const double c = std::cos(angle), s = std::sin(angle);
        auto rotate = [&](const Vector3& v) {
            return v * c + unitAxis.cross(v) * s + unitAxis * (unitAxis.dot(v) * (1.0 - c));
        };
        return {rotate({1, 0, 0}), rotate({0, 1, 0}), rotate({0, 0, 1})};
    }
    // A frame whose z axis is `zDirection` and whose x axis is as close as possible to `xHint`.
    static Rotation3 withZAxis(const Vector3& zDirection, const Vector3& xHint) {
        const Vector3 z = zDirection.normalized();
        const Vector3 y = z.cross(xHint).normalized();
        return {y.cross(z), y, z};
    }
};

// An axis-aligned box, used to skip shapes far from a point.
struct Box3 {
    Vector3 low, high;
    bool contains(const Vector3& p) const {
        return p.x >= low.x && p.x <= high.x && p.y >= low.y && p.y <= high.y && p.z >= low.z && p.z <= high.z;
    }
};

} // namespace crossseg
