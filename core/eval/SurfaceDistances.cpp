#include "core/eval/SurfaceDistances.h"

#include "core/eval/EuclideanDistanceTransform.h"
#include "core/eval/SurfaceVoxels.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace crossseg {
namespace {

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
    const auto& g = reference.geometry();
    // Every surface voxel of both labels lies in the bounding box of their union, so the distance transform over
    // that box alone is exact, and much cheaper than over a whole CT volume.
    VoxelBox inPrediction, inReference;
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const std::size_t at = g.linearIndex(i, j, k);
                if (prediction.voxels()[at] == label) inPrediction.include(i, j, k);
                if (reference.voxels()[at] == label) inReference.include(i, j, k);
            }
    if (inPrediction.empty || inReference.empty) return SurfaceDistances();
    inPrediction.include(inReference);
    return inBox(prediction, reference, label, inPrediction);
}

SurfaceDistances SurfaceDistances::inBox(const LabelVolume& prediction, const LabelVolume& reference,
                                         std::uint16_t label, const VoxelBox& box) {
    SurfaceDistances result;
    const auto predictionSurface = SurfaceVoxels::maskIn(prediction, label, box);
    const auto referenceSurface = SurfaceVoxels::maskIn(reference, label, box);
    const auto hasVoxel = [](const std::vector<std::uint8_t>& mask) {
        return std::find(mask.begin(), mask.end(), std::uint8_t(1)) != mask.end();
    };
    // A label absent from either volume has no surface there: both lists stay empty.
    if (!hasVoxel(predictionSurface) || !hasVoxel(referenceSurface)) return result;
    const auto& spacing = reference.geometry().spacing;
    // The two directions are independent distance transforms: one on a second thread (evaluation runs them while
    // the networks are idle; the values do not depend on it).
    std::thread other([&] {
        result.referenceToPrediction_ = directed(referenceSurface, predictionSurface, box.size(), spacing);
    });
    result.predictionToReference_ = directed(predictionSurface, referenceSurface, box.size(), spacing);
    other.join();
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
