#pragma once
#include "core/image/Volume.h"
#include "core/preprocess/SliceCache.h"

#include <string>

namespace crossseg {

// Warns when an image clearly does not fit the intensity convention a model was trained with, before a prediction
// silently finds nothing (issue 13: a HU-trained CT model given 8-bit windowed CT gave Dice 0). Only clear cases:
//   - a CT model trained in HU, given an image with no negative value at all: real CT in HU has air (-1000) or at
//     least fat (-100) in any field of view. All within 0..255: 8-bit windowed CT; beyond: raw scanner numbers
//     without their rescale intercept;
//   - a CT model trained on undeclared 8-bit CT "as stored", given HU-like values (1% of voxels below -200);
//   - an MR (or other non-CT) model given HU-like values (1% of voxels at or below -500: MR magnitudes are never
//     negative, CT air is -1000).
// The model's convention comes from the run's preprocessing parameters (SliceCacheParameters::conventions; runs
// from before it was recorded are judged by their window: [0, 255] means "stored", otherwise HU).
class IntensityConventionCheck {
public:
    // "" when `physical` (the image in physical units, as the Predictor receives it) fits; otherwise one sentence
    // naming the mismatch and what to do about it.
    static std::string mismatch(const ImageVolume& physical, const std::string& modality,
                                const SliceCacheParameters& model);
    // The unit the model was trained in for `modality`: "HU", "stored" or "arbitrary".
    static std::string trainedUnit(const std::string& modality, const SliceCacheParameters& model);
};

} // namespace crossseg
