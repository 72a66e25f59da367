#pragma once
#include "core/eval/VoxelBox.h"
#include "core/image/Volume.h"

#include <cstdint>
#include <vector>

namespace crossseg {

// The distances (mm, using the voxel spacing) from every surface voxel of one label in a prediction to the
// nearest surface voxel of the same label in the reference, and the other way round. HD95, ASSD and the
// Hausdorff distance are statistics of these two sets.
//
// Definitions (stated because tools differ):
//   hausdorff  = max over both directed sets                       (= ITK's HausdorffDistanceImageFilter on the
//                                                                     two surface-voxel images)
//   hd95       = 95th percentile of the two sets pooled, linear interpolation between order statistics
//                (medpy's hd95; MONAI takes the larger of the two directed 95th percentiles instead)
//   assd       = mean of the two sets pooled: (Σ d(a,∂R) + Σ d(r,∂P)) / (|∂P| + |∂R|) (Heimann et al. 2009);
//                ITK's AverageHausdorffDistance is the unweighted mean of the two directed means instead
//                (see averageOfDirectedMeans).
class SurfaceDistances {
public:
    // Both volumes on the same grid (checked by the caller). Either empty set leaves both lists empty.
    static SurfaceDistances between(const LabelVolume& prediction, const LabelVolume& reference,
                                    std::uint16_t label);
    // The same when the caller knows a box holding every voxel of `label` in both volumes (SegmentationMetrics
    // finds the boxes of all classes in one pass): surfaces and distance transforms are computed inside the box
    // only, with the same result as on the whole grid (every surface voxel of either volume lies in the box).
    static SurfaceDistances inBox(const LabelVolume& prediction, const LabelVolume& reference, std::uint16_t label,
                                  const VoxelBox& box);

    const std::vector<double>& predictionToReference() const { return predictionToReference_; }
    const std::vector<double>& referenceToPrediction() const { return referenceToPrediction_; }
    bool defined() const { return !predictionToReference_.empty() && !referenceToPrediction_.empty(); }

    // Only meaningful when defined().
    double hausdorff() const;
    double percentile(double percent) const; // of the pooled set
    double averageSymmetric() const;         // pooled mean (ASSD)
    double averageOfDirectedMeans() const;   // ITK's AverageHausdorffDistance convention

private:
    std::vector<double> predictionToReference_;
    std::vector<double> referenceToPrediction_;
};

} // namespace crossseg
