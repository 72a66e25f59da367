#pragma once
#include "core/learn/TrainingProfile.h"

#include <torch/torch.h>

#include <random>

namespace crossseg {

// One batch's drawn augmentation, kept so that it can also be applied later: stage 2 of mkd-iam may translate the
// clean MR slice first and augment the translation with the draw its labels were warped with.
struct SliceAugmentation {
    torch::Tensor grid;                  // N x H x W x 2: the affine warp's sampling grid
    torch::Tensor scales, shifts, noise; // N x 1 x 1 x 1, N x 1 x 1 x 1, N x 1 x H x W
    bool defined() const { return grid.defined(); }
    SliceAugmentation to(torch::Device device) const;
};

// Augmentation that keeps anatomy plausible: a small random rotation, isotropic scale and shift per slice (no
// flips: kidneys and heart chambers are sided), then intensity scale/shift jitter and Gaussian noise. Every
// random number comes from the caller's generator, so a batch is a pure function of its seed (deterministic on
// CPU, independent of which worker thread builds it).
class SliceAugmenter {
public:
    explicit SliceAugmenter(const TrainingProfile& profile);

    // images: N x 1 x H x W float in [-1, 1]; labels: N x H x W long, or nullptr. Both are replaced.
    // Equivalent to draw, then warpLabels and augmentImages.
    void apply(torch::Tensor& images, torch::Tensor* labels, std::mt19937_64& random) const;

    // The random part alone, drawing exactly the numbers apply draws, in the same order.
    SliceAugmentation draw(int64_t n, int64_t height, int64_t width, std::mt19937_64& random) const;
    // Warp (bilinear, outside = -1), then intensity scale, shift and noise. Differentiable in `images`.
    static torch::Tensor augmentImages(const torch::Tensor& images, const SliceAugmentation& augmentation);
    // The same warp for labels (nearest, outside = background).
    static torch::Tensor warpLabels(const torch::Tensor& labels, const SliceAugmentation& augmentation);

private:
    double maxRotationRadians_, maxScaleChange_, maxTranslation_;
    double intensityScaleJitter_, intensityShiftJitter_, noiseStd_;
};

} // namespace crossseg
