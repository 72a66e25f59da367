#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace crossseg {

// Why a class's distances may be missing. Empty structures are common in practice (a small organ a model
// missed, a case whose reference lacks a structure) and must be visible in reports, never a silent 0.
enum class MetricStatus {
    Ok,              // both prediction and reference contain the class: every metric is defined
    BothEmpty,       // neither contains it: Dice is 1 by convention, distances undefined; left out of means
    PredictionEmpty, // the model missed the structure: Dice 0, distances undefined
    ReferenceEmpty,  // the model predicted a structure the reference does not have: Dice 0, distances undefined
};

std::string toString(MetricStatus status); // "ok", "both_empty", "prediction_empty", "reference_empty"

// The comparison of one class (structure) of a prediction with its reference on the same voxel grid.
struct ClassMetrics {
    int classIndex = 0;
    std::string className;
    MetricStatus status = MetricStatus::Ok;
    double dice = 0.0;
    std::optional<double> hd95Mm;      // 95th percentile of the pooled symmetric surface distances
    std::optional<double> assdMm;      // average symmetric surface distance (pooled mean)
    std::optional<double> hausdorffMm; // maximum symmetric surface distance
    std::size_t referenceVoxels = 0;
    std::size_t predictionVoxels = 0;
    double referenceVolumeMl = 0.0;
    double predictionVolumeMl = 0.0;

    // Whether Dice counts in means: both-empty classes carry no information about the model.
    bool countsInMeans() const { return status != MetricStatus::BothEmpty; }
};

} // namespace crossseg
