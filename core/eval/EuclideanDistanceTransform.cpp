#include "core/eval/EuclideanDistanceTransform.h"

#include <algorithm>
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

// The first pass on the binary mask: along a line the squared distance to the nearest source is w·d², what
// transformLine gives for 0/infinity input (w·d·d + 0), found by two sweeps instead of the parabola envelope.
void firstPass(const std::vector<std::uint8_t>& mask, std::size_t start, std::size_t n, double spacing,
               double* out) {
    const double w = spacing * spacing;
    constexpr std::size_t kNone = ~std::size_t(0);
    std::size_t last = kNone;
    for (std::size_t p = 0; p < n; ++p) { // distance to the nearest source at or before p
        if (mask[start + p]) last = p;
        out[p] = last == kNone ? kInfinity : static_cast<double>(p - last);
    }
    last = kNone;
    for (std::size_t p = n; p-- > 0;) { // ... or after p, whichever is nearer
        if (mask[start + p]) last = p;
        const double after = last == kNone ? kInfinity : static_cast<double>(last - p);
        const double d = std::min(out[p], after);
        out[p] = d == kInfinity ? kInfinity : w * d * d + 0.0;
    }
}

} // namespace

std::vector<double> EuclideanDistanceTransform::squaredDistances(const std::vector<std::uint8_t>& mask,
                                                                 const std::array<std::size_t, 3>& size,
                                                                 const std::array<double, 3>& spacing) {
    const std::size_t total = size[0] * size[1] * size[2];
    std::vector<double> distance(total);
    if (total == 0) return distance;

    for (std::size_t line = 0; line < size[1] * size[2]; ++line)
        firstPass(mask, line * size[0], size[0], spacing[0], distance.data() + line * size[0]);
    const std::array<std::size_t, 3> stride{1, size[0], size[0] * size[1]};
    LineScratch scratch;
    for (int axis = 1; axis < 3; ++axis) {
        const std::size_t n = size[axis];
        scratch.values.resize(n);
        scratch.result.resize(n);
        scratch.apex.resize(n);
        scratch.boundary.resize(n + 1);
        // Lines along `axis` start at every voxel whose coordinate on `axis` is 0. The other two axes are walked
        // with x innermost, so that consecutive lines lie side by side in memory (each line is independent: the
        // order changes no value, only the cache misses).
        const int outer = axis == 1 ? 2 : 1;
        for (std::size_t io = 0; io < size[outer]; ++io) {
            for (std::size_t ix = 0; ix < size[0]; ++ix) {
                const std::size_t start = ix + io * stride[outer];
                for (std::size_t p = 0; p < n; ++p) scratch.values[p] = distance[start + p * stride[axis]];
                transformLine(n, spacing[axis], scratch);
                for (std::size_t p = 0; p < n; ++p) distance[start + p * stride[axis]] = scratch.result[p];
            }
        }
    }
    return distance;
}

} // namespace crossseg
