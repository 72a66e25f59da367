#include "core/eval/SegmentationMetrics.h"

#include "core/eval/SurfaceDistances.h"
#include "core/image/LabelOverlap.h"
#include "core/util/InputError.h"

namespace crossseg {
namespace {

void requireSameGrid(const LabelVolume& prediction, const LabelVolume& reference) {
    const auto& p = prediction.geometry();
    const auto& r = reference.geometry();
    if (prediction.voxels().size() != p.voxelCount() || reference.voxels().size() != r.voxelCount())
        throw InputError("label volume holds fewer voxels than its geometry says");
    if (!p.sameGrid(r))
        throw InputError("prediction and reference are on different grids (prediction " + p.describe() +
                         ", reference " + r.describe() + "): resample before comparing");
}

} // namespace

ClassMetrics SegmentationMetrics::compareClass(const LabelVolume& prediction, const LabelVolume& reference,
                                               int classIndex, const std::string& className) {
    requireSameGrid(prediction, reference);
    ClassMetrics m;
    m.classIndex = classIndex;
    m.className = className;
    const auto label = static_cast<std::uint16_t>(classIndex);
    // Values above this class count as background for the overlap: they cannot change this class's counts.
    LabelOverlap overlap(classIndex + 1);
    overlap.add(prediction.data(), reference.data(), prediction.voxels().size());
    m.predictionVoxels = overlap.predictedVoxels(classIndex);
    m.referenceVoxels = overlap.referenceVoxels(classIndex);
    const auto& spacing = reference.geometry().spacing;
    const double voxelMl = spacing[0] * spacing[1] * spacing[2] / 1000.0; // mm³ -> ml
    m.predictionVolumeMl = static_cast<double>(m.predictionVoxels) * voxelMl;
    m.referenceVolumeMl = static_cast<double>(m.referenceVoxels) * voxelMl;

    if (m.predictionVoxels == 0 && m.referenceVoxels == 0) {
        m.status = MetricStatus::BothEmpty;
        m.dice = 1.0;
        return m;
    }
    m.dice = *overlap.dice(classIndex);
    if (m.predictionVoxels == 0) {
        m.status = MetricStatus::PredictionEmpty;
        return m;
    }
    if (m.referenceVoxels == 0) {
        m.status = MetricStatus::ReferenceEmpty;
        return m;
    }
    const auto distances = SurfaceDistances::between(prediction, reference, label);
    m.status = MetricStatus::Ok;
    m.hd95Mm = distances.percentile(95.0);
    m.assdMm = distances.averageSymmetric();
    m.hausdorffMm = distances.hausdorff();
    return m;
}

std::vector<ClassMetrics> SegmentationMetrics::compare(const LabelVolume& prediction, const LabelVolume& reference,
                                                       const std::vector<std::string>& classes) {
    requireSameGrid(prediction, reference);
    std::vector<ClassMetrics> result;
    for (std::size_t c = 1; c < classes.size(); ++c)
        result.push_back(compareClass(prediction, reference, static_cast<int>(c), classes[c]));
    return result;
}

} // namespace crossseg
