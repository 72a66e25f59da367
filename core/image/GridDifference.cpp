#include "core/image/GridDifference.h"

#include "core/image/Obliquity.h"

#include <cmath>
#include <sstream>
#include <vector>

namespace crossseg {
namespace {

double determinant(const std::array<double, 9>& m) {
    return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) +
           m[2] * (m[3] * m[7] - m[4] * m[6]);
}

template <typename T>
std::string triple(const std::array<T, 3>& v, const char* separator) {
    std::ostringstream s;
    s << v[0] << separator << v[1] << separator << v[2];
    return s.str();
}

} // namespace

std::string GridDifference::describe(const VolumeGeometry& other, const VolumeGeometry& reference, double tolerance) {
    if (other.sameGrid(reference, tolerance)) return {};
    std::vector<std::string> parts;
    if (other.size != reference.size)
        parts.push_back("size " + triple(other.size, "x") + " vs " + triple(reference.size, "x"));
    bool spacingDiffers = false, originDiffers = false;
    std::array<double, 3> shift{};
    for (int a = 0; a < 3; ++a) {
        const double scale = std::max(1.0, std::abs(reference.spacing[a]));
        spacingDiffers |= std::abs(other.spacing[a] - reference.spacing[a]) > tolerance * scale;
        shift[a] = other.origin[a] - reference.origin[a];
        originDiffers |= std::abs(shift[a]) > tolerance * scale * 10.0; // sameGrid's origin tolerance
    }
    if (spacingDiffers)
        parts.push_back("spacing " + triple(other.spacing, "x") + " vs " + triple(reference.spacing, "x") + " mm");
    if (originDiffers) {
        std::ostringstream s;
        s.precision(4);
        s << "origin differs by " << std::sqrt(shift[0] * shift[0] + shift[1] * shift[1] + shift[2] * shift[2])
          << " mm (" << shift[0] << ", " << shift[1] << ", " << shift[2] << ")";
        parts.push_back(s.str());
    }
    bool directionDiffers = false;
    for (int i = 0; i < 9; ++i) directionDiffers |= std::abs(other.direction[i] - reference.direction[i]) > tolerance;
    if (directionDiffers) {
        std::ostringstream s;
        s.precision(3);
        if ((determinant(other.direction) < 0.0) != (determinant(reference.direction) < 0.0))
            s << "direction differs: one grid is mirrored (left-right handedness differs)";
        else
            s << "direction differs by " << Obliquity::angleBetween(reference.direction, other.direction) << " degrees";
        parts.push_back(s.str());
    }
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : "; ") + part;
    return text;
}

} // namespace crossseg
