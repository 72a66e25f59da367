#include "core/image/Reorienter.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace crossseg {
namespace {

// How the canonical grid is cut out of an original grid: canonical axis a (patient x, y, z in LPS) runs along
// original voxel axis source[a], reversed when flip[a].
struct AxisMapping {
    std::array<int, 3> source{0, 1, 2};
    std::array<bool, 3> flip{false, false, false};
};

// The permutation that best aligns voxel axes with patient axes: the one whose direction cosines have the largest
// total magnitude. Trying all six avoids giving two voxel axes the same patient axis on oblique grids.
AxisMapping mappingOf(const VolumeGeometry& g) {
    static const std::array<std::array<int, 3>, 6> permutations{
        {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}};
    AxisMapping best;
    double bestScore = -1.0;
    for (const auto& p : permutations) {
        // p[a] = the voxel axis assigned to patient axis a; direction(row a, column p[a]).
        double score = 0.0;
        for (int a = 0; a < 3; ++a) score += std::abs(g.direction[a * 3 + p[a]]);
        if (score > bestScore + 1e-12) {
            bestScore = score;
            best.source = p;
        }
    }
    for (int a = 0; a < 3; ++a) best.flip[a] = g.direction[a * 3 + best.source[a]] < 0.0;
    return best;
}

// Strides of the original buffer walked by the canonical axes, and where canonical voxel (0,0,0) sits in it.
struct Walk {
    std::array<std::ptrdiff_t, 3> step{};
    std::ptrdiff_t start = 0;
};

Walk walkOf(const VolumeGeometry& original, const AxisMapping& m) {
    const std::array<std::ptrdiff_t, 3> stride{
        1, static_cast<std::ptrdiff_t>(original.size[0]),
        static_cast<std::ptrdiff_t>(original.size[0] * original.size[1])};
    Walk w;
    for (int a = 0; a < 3; ++a) {
        const int s = m.source[a];
        if (m.flip[a]) {
            w.step[a] = -stride[s];
            w.start += static_cast<std::ptrdiff_t>(original.size[s] - 1) * stride[s];
        } else {
            w.step[a] = stride[s];
        }
    }
    return w;
}

VolumeGeometry canonicalGeometryOf(const VolumeGeometry& original, const AxisMapping& m) {
    VolumeGeometry c;
    std::array<double, 3> cornerIndex{0.0, 0.0, 0.0};
    for (int a = 0; a < 3; ++a) {
        const int s = m.source[a];
        c.size[a] = original.size[s];
        c.spacing[a] = original.spacing[s];
        if (m.flip[a]) cornerIndex[s] = static_cast<double>(original.size[s]) - 1.0;
        // Column a of the new direction is the original column s, negated when flipped: every voxel keeps its
        // exact physical position (axis-aligned input gives the identity matrix).
        for (int r = 0; r < 3; ++r) c.direction[r * 3 + a] = (m.flip[a] ? -1.0 : 1.0) * original.direction[r * 3 + s];
    }
    c.origin = original.indexToPhysical(cornerIndex);
    return c;
}

} // namespace

std::string Reorienter::orientationCode(const VolumeGeometry& geometry) {
    const AxisMapping m = mappingOf(geometry);
    static const char positive[3] = {'L', 'P', 'S'};
    static const char negative[3] = {'R', 'A', 'I'};
    std::string code(3, '?');
    for (int a = 0; a < 3; ++a) code[m.source[a]] = m.flip[a] ? negative[a] : positive[a];
    return code;
}

std::array<int, 3> Reorienter::nearestPatientAxes(const VolumeGeometry& geometry) {
    const AxisMapping m = mappingOf(geometry);
    std::array<int, 3> patientAxis{0, 1, 2};
    for (int a = 0; a < 3; ++a) patientAxis[m.source[a]] = a;
    return patientAxis;
}

template <typename T>
Volume<T> Reorienter::toCanonical(const Volume<T>& volume) {
    const VolumeGeometry& original = volume.geometry();
    if (volume.voxels().size() != original.voxelCount())
        throw std::invalid_argument("Reorienter::toCanonical: voxel count does not match the geometry");
    const AxisMapping m = mappingOf(original);
    Volume<T> canonical(canonicalGeometryOf(original, m));
    const Walk w = walkOf(original, m);
    const auto& size = canonical.geometry().size;
    const T* source = volume.data();
    T* out = canonical.data();
    for (std::size_t k = 0; k < size[2]; ++k) {
        for (std::size_t j = 0; j < size[1]; ++j) {
            std::ptrdiff_t from = w.start + static_cast<std::ptrdiff_t>(k) * w.step[2] +
                                  static_cast<std::ptrdiff_t>(j) * w.step[1];
            for (std::size_t i = 0; i < size[0]; ++i, from += w.step[0]) *out++ = source[from];
        }
    }
    return canonical;
}

template <typename T>
Volume<T> Reorienter::toOriginal(const Volume<T>& canonical, const VolumeGeometry& original) {
    const AxisMapping m = mappingOf(original);
    const VolumeGeometry expected = canonicalGeometryOf(original, m);
    if (canonical.geometry().size != expected.size || canonical.voxels().size() != expected.voxelCount())
        throw std::invalid_argument("Reorienter::toOriginal: the volume is not on the canonical grid of " +
                                    original.describe());
    Volume<T> restored(original);
    const Walk w = walkOf(original, m);
    const auto& size = expected.size;
    const T* in = canonical.data();
    T* target = restored.data();
    for (std::size_t k = 0; k < size[2]; ++k) {
        for (std::size_t j = 0; j < size[1]; ++j) {
            std::ptrdiff_t to = w.start + static_cast<std::ptrdiff_t>(k) * w.step[2] +
                                static_cast<std::ptrdiff_t>(j) * w.step[1];
            for (std::size_t i = 0; i < size[0]; ++i, to += w.step[0]) target[to] = *in++;
        }
    }
    return restored;
}

template Volume<float> Reorienter::toCanonical(const Volume<float>&);
template Volume<std::uint16_t> Reorienter::toCanonical(const Volume<std::uint16_t>&);
template Volume<float> Reorienter::toOriginal(const Volume<float>&, const VolumeGeometry&);
template Volume<std::uint16_t> Reorienter::toOriginal(const Volume<std::uint16_t>&, const VolumeGeometry&);

} // namespace crossseg
