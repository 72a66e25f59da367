#pragma once
#include "core/learn/TrainingProfile.h"

#include <torch/torch.h>

#include <random>

namespace crossseg {

// Augmentation that keeps anatomy plausible: a small random rotation, isotropic scale and shift per slice (no
// flips: kidneys and heart chambers are sided), then intensity scale/shift jitter and Gaussian noise. Every
// random number comes from the caller's generator, so a batch is a pure function of its seed (deterministic on
// CPU, independent of which worker thread builds it).
class SliceAugmenter {
public:
    explicit SliceAugmenter(const TrainingProfile& profile);

    // images: N x 1 x H x W float in [-1, 1]; labels: N x H x W long, or nullptr. Both are replaced.
    void apply(torch::Tensor& images, torch::Tensor* labels, std::mt19937_64& random) const;

private:
    double maxRotationRadians_, maxScaleChange_, maxTranslation_;
    double intensityScaleJitter_, intensityShiftJitter_, noiseStd_;
};

} // namespace crossseg
