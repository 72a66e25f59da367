#pragma once
#include "core/eval/ClassMetrics.h"
#include "core/image/Volume.h"

#include <string>
#include <utility>
#include <vector>

namespace crossseg {

// Compares a predicted class-index label volume with its reference on the same grid: per foreground class the
// 3D Dice, HD95, ASSD and Hausdorff distance (mm, with the voxel spacing; see SurfaceDistances for the exact
// definitions) and both volumes in millilitres. Empty structures are reported through ClassMetrics::status.
class SegmentationMetrics {
public:
    // classes: class names, [0] = background (skipped). Throws InputError when the two volumes are not on the
    // same grid (compare on one grid: the caller resamples first).
    static std::vector<ClassMetrics> compare(const LabelVolume& prediction, const LabelVolume& reference,
                                             const std::vector<std::string>& classes);
    static ClassMetrics compareClass(const LabelVolume& prediction, const LabelVolume& reference, int classIndex,
                                     const std::string& className);

private:
    // The classes given as (index, name), all below labelCount: one pass over the grid counts every class's
    // voxels and finds each class's box, then the distances of each class are computed inside its box.
    static std::vector<ClassMetrics> compare(const LabelVolume& prediction, const LabelVolume& reference,
                                             std::size_t labelCount,
                                             const std::vector<std::pair<int, std::string>>& classes);
};

} // namespace crossseg
