#pragma once
#include "core/image/StoredIntensity.h"

#include <string>

namespace crossseg {

// How one modality's intensities were brought to [-1, 1] for training, recorded in the slice cache and, through
// it, in the run's config.json ("preprocessing".normalization): the model's training convention. The window or
// percentiles themselves live in SliceCacheParameters; this says in which units they are and why they were chosen.
struct IntensityConvention {
    // "HU": physical CT (windows in Hounsfield units); "stored": CT normalised as its files store it because nothing
    // declared what the numbers mean (an undeclared 8-bit CT); "arbitrary": MR and other relative scales.
    std::string unit;
    std::string chosenBy;              // "default for abdominal organs (...)", "manifest intensity_window", ...
    StoredIntensity storedIntensity;   // the dataset's declaration that was applied before normalising

    bool operator==(const IntensityConvention& other) const {
        return unit == other.unit && chosenBy == other.chosenBy &&
               storedIntensity.unit == other.storedIntensity.unit &&
               storedIntensity.slope == other.storedIntensity.slope &&
               storedIntensity.intercept == other.storedIntensity.intercept;
    }
};

} // namespace crossseg
