#include "core/eval/SegmentationMetrics.h"

#include "core/eval/SurfaceDistances.h"
#include "core/eval/VoxelBox.h"
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

// One class's metrics from the voxel counts of both volumes and, for the distances, a box that holds every
// voxel of the class in both (the distances are the same for any such box).
ClassMetrics classMetrics(const LabelVolume& prediction, const LabelVolume& reference, int classIndex,
                          const std::string& className, const LabelOverlap& overlap, const VoxelBox& box) {
    ClassMetrics m;
    m.classIndex = classIndex;
    m.className = className;
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
    const auto distances =
        SurfaceDistances::inBox(prediction, reference, static_cast<std::uint16_t>(classIndex), box);
    m.status = MetricStatus::Ok;
    m.hd95Mm = distances.percentile(95.0);
    m.assdMm = distances.averageSymmetric();
    m.hausdorffMm = distances.hausdorff();
    return m;
}

} // namespace

ClassMetrics SegmentationMetrics::compareClass(const LabelVolume& prediction, const LabelVolume& reference,
                                               int classIndex, const std::string& className) {
    return std::move(compare(prediction, reference, classIndex + 1, {{classIndex, className}}).front());
}

std::vector<ClassMetrics> SegmentationMetrics::compare(const LabelVolume& prediction, const LabelVolume& reference,
                                                       const std::vector<std::string>& classes) {
    std::vector<std::pair<int, std::string>> foreground;
    for (std::size_t c = 1; c < classes.size(); ++c) foreground.emplace_back(static_cast<int>(c), classes[c]);
    return compare(prediction, reference, classes.size(), foreground);
}

std::vector<ClassMetrics> SegmentationMetrics::compare(const LabelVolume& prediction, const LabelVolume& reference,
                                                       std::size_t labelCount,
                                                       const std::vector<std::pair<int, std::string>>& classes) {
    requireSameGrid(prediction, reference);
    // Three passes over the whole grid for all classes together: the voxel counts (values at or above labelCount
    // count as background, which changes no foreground class's counts) and each volume's per-class boxes. The
    // surfaces and distance transforms then run inside each class's box only.
    LabelOverlap overlap(static_cast<int>(labelCount));
    overlap.add(prediction.data(), reference.data(), prediction.voxels().size());
    std::vector<VoxelBox> boxes = VoxelBox::perLabel(prediction, labelCount);
    const std::vector<VoxelBox> referenceBoxes = VoxelBox::perLabel(reference, labelCount);
    std::vector<ClassMetrics> result;
    for (const auto& [index, name] : classes) {
        boxes[index].include(referenceBoxes[index]);
        result.push_back(classMetrics(prediction, reference, index, name, overlap, boxes[index]));
    }
    return result;
}

} // namespace crossseg
