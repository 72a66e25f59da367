#include "core/eval/SurfaceDistances.h"

#include "core/eval/EuclideanDistanceTransform.h"
#include "core/eval/SurfaceVoxels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crossseg {
namespace {

struct Box {
    std::array<std::size_t, 3> low{0, 0, 0};
    std::array<std::size_t, 3> high{0, 0, 0}; // inclusive
    bool empty = true;

    void include(std::size_t i, std::size_t j, std::size_t k) {
        const std::array<std::size_t, 3> p{i, j, k};
        for (int a = 0; a < 3; ++a) {
            if (empty || p[a] < low[a]) low[a] = p[a];
            if (empty || p[a] > high[a]) high[a] = p[a];
        }
        empty = false;
    }
    std::array<std::size_t, 3> size() const {
        return {high[0] - low[0] + 1, high[1] - low[1] + 1, high[2] - low[2] + 1};
    }
};

// The part of a full-grid mask inside the box, x-fastest.
std::vector<std::uint8_t> crop(const std::vector<std::uint8_t>& mask, const VolumeGeometry& g, const Box& box) {
    const auto s = box.size();
    std::vector<std::uint8_t> out(s[0] * s[1] * s[2]);
    std::size_t n = 0;
    for (std::size_t k = box.low[2]; k <= box.high[2]; ++k)
        for (std::size_t j = box.low[1]; j <= box.high[1]; ++j)
            for (std::size_t i = box.low[0]; i <= box.high[0]; ++i) out[n++] = mask[g.linearIndex(i, j, k)];
    return out;
}

// Distances from every source voxel to the nearest target voxel (both masks cropped to the same box).
std::vector<double> directed(const std::vector<std::uint8_t>& from, const std::vector<std::uint8_t>& to,
                             const std::array<std::size_t, 3>& size, const std::array<double, 3>& spacing) {
    const auto squared = EuclideanDistanceTransform::squaredDistances(to, size, spacing);
    std::vector<double> distances;
    for (std::size_t i = 0; i < from.size(); ++i)
        if (from[i]) distances.push_back(std::sqrt(squared[i]));
    return distances;
}

} // namespace

SurfaceDistances SurfaceDistances::between(const LabelVolume& prediction, const LabelVolume& reference,
                                           std::uint16_t label) {
    SurfaceDistances result;
    const auto& g = reference.geometry();
    // Every surface voxel of both labels lies in the bounding box of their union, so the distance transform over
    // that box alone is exact, and much cheaper than over a whole CT volume.
    Box box;
    bool inPrediction = false, inReference = false;
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const std::size_t at = g.linearIndex(i, j, k);
                const bool p = prediction.voxels()[at] == label, r = reference.voxels()[at] == label;
                if (p || r) box.include(i, j, k);
                inPrediction = inPrediction || p;
                inReference = inReference || r;
            }
    if (!inPrediction || !inReference) return result;

    const auto predictionSurface = crop(SurfaceVoxels::mask(prediction, label), g, box);
    const auto referenceSurface = crop(SurfaceVoxels::mask(reference, label), g, box);
    result.predictionToReference_ = directed(predictionSurface, referenceSurface, box.size(), g.spacing);
    result.referenceToPrediction_ = directed(referenceSurface, predictionSurface, box.size(), g.spacing);
    return result;
}

double SurfaceDistances::hausdorff() const {
    double m = 0.0;
    for (double d : predictionToReference_) m = std::max(m, d);
    for (double d : referenceToPrediction_) m = std::max(m, d);
    return m;
}

double SurfaceDistances::percentile(double percent) const {
    std::vector<double> all(predictionToReference_);
    all.insert(all.end(), referenceToPrediction_.begin(), referenceToPrediction_.end());
    if (all.empty()) return 0.0;
    // numpy's default ("linear"): rank (n - 1) * p, interpolated between the two neighbouring order statistics.
    const double rank = std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(all.size() - 1);
    const auto lowRank = static_cast<std::size_t>(std::floor(rank));
    const double fraction = rank - static_cast<double>(lowRank);
    std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(lowRank), all.end());
    const double low = all[lowRank];
    if (fraction == 0.0 || lowRank + 1 >= all.size()) return low;
    const double high = *std::min_element(all.begin() + static_cast<std::ptrdiff_t>(lowRank) + 1, all.end());
    return low + fraction * (high - low);
}

double SurfaceDistances::averageSymmetric() const {
    const double total = std::accumulate(predictionToReference_.begin(), predictionToReference_.end(), 0.0) +
                         std::accumulate(referenceToPrediction_.begin(), referenceToPrediction_.end(), 0.0);
    const std::size_t count = predictionToReference_.size() + referenceToPrediction_.size();
    return count == 0 ? 0.0 : total / static_cast<double>(count);
}

double SurfaceDistances::averageOfDirectedMeans() const {
    auto mean = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
    };
    return 0.5 * (mean(predictionToReference_) + mean(referenceToPrediction_));
}

} // namespace crossseg
