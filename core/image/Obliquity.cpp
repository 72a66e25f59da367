#include "core/image/Obliquity.h"

#include "core/image/Reorienter.h"

#include <cmath>
#include <cstdio>

namespace crossseg {
namespace {

constexpr double kDegreesPerRadian = 57.29577951308232;

// Rotation angle of a 3x3 matrix R (row-major) that is a rotation: atan2 of the sine (half the norm of the
// antisymmetric part) and the cosine ((trace - 1) / 2). Unlike acos of the cosine alone, this stays accurate for
// the tiny angles that matter near the threshold.
double rotationDegrees(const std::array<double, 9>& r) {
    const double x = r[7] - r[5], y = r[2] - r[6], z = r[3] - r[1];
    const double sine = 0.5 * std::sqrt(x * x + y * y + z * z);
    const double cosine = 0.5 * (r[0] + r[4] + r[8] - 1.0);
    return std::atan2(sine, cosine) * kDegreesPerRadian;
}

// a^T b for row-major 3x3 matrices.
std::array<double, 9> transposeTimes(const std::array<double, 9>& a, const std::array<double, 9>& b) {
    std::array<double, 9> r{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k) r[i * 3 + j] += a[k * 3 + i] * b[k * 3 + j];
    return r;
}

} // namespace

Obliquity::Obliquity(const VolumeGeometry& geometry) {
    const auto& d = geometry.direction;
    const std::array<int, 3> patientAxis = Reorienter::nearestPatientAxes(geometry);
    // The nearest orthogonal orientation: per voxel axis j, +-(unit vector of its patient axis), signed like d.
    std::array<double, 9> nearest{};
    for (int j = 0; j < 3; ++j) {
        const int row = patientAxis[j];
        const double along = d[row * 3 + j];
        nearest[row * 3 + j] = along < 0.0 ? -1.0 : 1.0;
        double across = 0.0;
        for (int r = 0; r < 3; ++r)
            if (r != row) across += d[r * 3 + j] * d[r * 3 + j];
        axisDegrees_[j] = std::atan2(std::sqrt(across), std::abs(along)) * kDegreesPerRadian;
    }
    degrees_ = angleBetween(nearest, d);
    nearestOrientation_ = Reorienter::orientationCode(geometry);
}

double Obliquity::angleBetween(const std::array<double, 9>& a, const std::array<double, 9>& b) {
    return rotationDegrees(transposeTimes(a, b));
}

std::string Obliquity::describe() const {
    char text[160];
    if (isOblique())
        std::snprintf(text, sizeof text, "oblique: %.1f degrees from %s (axes i %.1f, j %.1f, k %.1f)", degrees_,
                      nearestOrientation_.c_str(), axisDegrees_[0], axisDegrees_[1], axisDegrees_[2]);
    else
        std::snprintf(text, sizeof text, "not oblique: %.2f degrees from %s", degrees_, nearestOrientation_.c_str());
    return text;
}

} // namespace crossseg
