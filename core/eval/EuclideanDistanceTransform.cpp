#include "core/eval/EuclideanDistanceTransform.h"

#include <limits>

namespace crossseg {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Scratch buffers of one 1D pass, reused so that the millions of lines of a volume do not allocate.
struct LineScratch {
    std::vector<double> values;    // the line's input f(q)
    std::vector<double> result;
    std::vector<std::size_t> apex; // positions of the parabolas in the lower envelope
    std::vector<double> boundary;  // parabola k is the lowest on [boundary[k], boundary[k+1]]
};

// result[p] = min_q ((spacing * (p - q))² + values[q]) over the n samples of a line.
void transformLine(std::size_t n, double spacing, LineScratch& s) {
    const double w = spacing * spacing;
    std::size_t k = 0; // index of the right-most parabola of the envelope
    bool any = false;
    for (std::size_t q = 0; q < n; ++q) {
        if (s.values[q] == kInfinity) continue;
        if (!any) {
            s.apex[0] = q;
            s.boundary[0] = -kInfinity;
            s.boundary[1] = kInfinity;
            any = true;
            continue;
        }
        // Intersection (in index units) of the parabola at q with the envelope's right-most one; pop those it
        // hides. boundary[0] is -infinity, so the envelope never empties.
        double x = 0.0;
        while (true) {
            const std::size_t v = s.apex[k];
            const double dq = static_cast<double>(q), dv = static_cast<double>(v);
            x = ((s.values[q] + w * dq * dq) - (s.values[v] + w * dv * dv)) / (2.0 * w * (dq - dv));
            if (x > s.boundary[k]) break;
            --k;
        }
        ++k;
        s.apex[k] = q;
        s.boundary[k] = x;
        s.boundary[k + 1] = kInfinity;
    }
    if (!any) {
        for (std::size_t p = 0; p < n; ++p) s.result[p] = kInfinity;
        return;
    }
    k = 0;
    for (std::size_t p = 0; p < n; ++p) {
        const double dp = static_cast<double>(p);
        while (s.boundary[k + 1] < dp) ++k;
        const double d = dp - static_cast<double>(s.apex[k]);
        s.result[p] = w * d * d + s.values[s.apex[k]];
    }
}

} // namespace

std::vector<double> EuclideanDistanceTransform::squaredDistances(const std::vector<std::uint8_t>& mask,
                                                                 const std::array<std::size_t, 3>& size,
                                                                 const std::array<double, 3>& spacing) {
    const std::size_t total = size[0] * size[1] * size[2];
    std::vector<double> distance(total);
    for (std::size_t i = 0; i < total; ++i) distance[i] = mask[i] ? 0.0 : kInfinity;
    if (total == 0) return distance;

    const std::array<std::size_t, 3> stride{1, size[0], size[0] * size[1]};
    LineScratch scratch;
    for (int axis = 0; axis < 3; ++axis) {
        const std::size_t n = size[axis];
        scratch.values.resize(n);
        scratch.result.resize(n);
        scratch.apex.resize(n);
        scratch.boundary.resize(n + 1);
        // Lines along `axis` start at every voxel whose coordinate on `axis` is 0.
        const int a = (axis + 1) % 3, b = (axis + 2) % 3;
        for (std::size_t ib = 0; ib < size[b]; ++ib) {
            for (std::size_t ia = 0; ia < size[a]; ++ia) {
                const std::size_t start = ia * stride[a] + ib * stride[b];
                for (std::size_t p = 0; p < n; ++p) scratch.values[p] = distance[start + p * stride[axis]];
                transformLine(n, spacing[axis], scratch);
                for (std::size_t p = 0; p < n; ++p) distance[start + p * stride[axis]] = scratch.result[p];
            }
        }
    }
    return distance;
}

} // namespace crossseg
