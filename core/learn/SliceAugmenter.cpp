#include "core/learn/SliceAugmenter.h"

#include <cmath>

namespace crossseg {
namespace {
// Uniform in [-1, 1] from raw generator output: std::uniform_real_distribution's algorithm is left to the
// standard library, this is not, so batches are the same with any library.
double symmetricUniform(std::mt19937_64& random) {
    return (double(random() >> 11) * (1.0 / 9007199254740992.0)) * 2.0 - 1.0;
}
// Box-Muller, for the same reason.
double standardNormal(std::mt19937_64& random) {
    const double u1 = (double(random() >> 11) + 1.0) * (1.0 / 9007199254740993.0);
    const double u2 = double(random() >> 11) * (1.0 / 9007199254740992.0);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}
} // namespace

SliceAugmenter::SliceAugmenter(const TrainingProfile& profile)
    : maxRotationRadians_(profile.maxRotationDegrees * M_PI / 180.0),
      maxScaleChange_(profile.maxScaleChange),
      maxTranslation_(profile.maxTranslation),
      intensityScaleJitter_(profile.intensityScaleJitter),
      intensityShiftJitter_(profile.intensityShiftJitter),
      noiseStd_(profile.noiseStd) {}

SliceAugmentation SliceAugmentation::to(torch::Device device) const {
    return {grid.to(device), scales.to(device), shifts.to(device), noise.to(device)};
}

void SliceAugmenter::apply(torch::Tensor& images, torch::Tensor* labels, std::mt19937_64& random) const {
    const SliceAugmentation augmentation = draw(images.size(0), images.size(2), images.size(3), random);
    if (labels && labels->defined()) *labels = warpLabels(*labels, augmentation);
    images = augmentImages(images, augmentation);
}

SliceAugmentation SliceAugmenter::draw(int64_t n, int64_t h, int64_t w, std::mt19937_64& random) const {
    torch::Tensor theta = torch::empty({n, 2, 3}, torch::kFloat);
    auto t = theta.accessor<float, 3>();
    std::vector<float> scale(n), shift(n);
    for (int64_t i = 0; i < n; ++i) {
        const double angle = symmetricUniform(random) * maxRotationRadians_;
        const double zoom = 1.0 + symmetricUniform(random) * maxScaleChange_;
        // Normalised coordinates span [-1, 1]: a shift of f of the slice size is 2f.
        const double dx = symmetricUniform(random) * maxTranslation_ * 2.0;
        const double dy = symmetricUniform(random) * maxTranslation_ * 2.0;
        t[i][0][0] = float(std::cos(angle) / zoom);
        t[i][0][1] = float(-std::sin(angle) / zoom);
        t[i][0][2] = float(dx);
        t[i][1][0] = float(std::sin(angle) / zoom);
        t[i][1][1] = float(std::cos(angle) / zoom);
        t[i][1][2] = float(dy);
        scale[i] = float(1.0 + symmetricUniform(random) * intensityScaleJitter_);
        shift[i] = float(symmetricUniform(random) * intensityShiftJitter_);
    }
    SliceAugmentation out;
    out.grid = torch::affine_grid_generator(theta, {n, 1, h, w}, false);
    out.noise = torch::empty({n, 1, h, w}, torch::kFloat);
    float* noiseData = out.noise.data_ptr<float>();
    for (int64_t i = 0; i < out.noise.numel(); ++i) noiseData[i] = float(standardNormal(random) * noiseStd_);
    out.scales = torch::from_blob(scale.data(), {n, 1, 1, 1}, torch::kFloat).clone();
    out.shifts = torch::from_blob(shift.data(), {n, 1, 1, 1}, torch::kFloat).clone();
    return out;
}

torch::Tensor SliceAugmenter::augmentImages(const torch::Tensor& images, const SliceAugmentation& a) {
    // Outside the slice is background: -1 in the normalised range (zero padding of the shifted image).
    const torch::Tensor warped = torch::grid_sampler(images + 1.0, a.grid, /*bilinear*/ 0, /*zeros*/ 0, false) - 1.0;
    return warped * a.scales + a.shifts + a.noise;
}

torch::Tensor SliceAugmenter::warpLabels(const torch::Tensor& labels, const SliceAugmentation& a) {
    return torch::grid_sampler(labels.unsqueeze(1).to(torch::kFloat), a.grid, /*nearest*/ 1, /*zeros*/ 0, false)
        .squeeze(1)
        .round()
        .to(torch::kLong);
}

} // namespace crossseg
