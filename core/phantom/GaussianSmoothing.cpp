#include "core/phantom/GaussianSmoothing.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace crossseg {
namespace {

std::vector<double> gaussianKernel(double sigma) {
    const int radius = std::max(1, static_cast<int>(std::ceil(3.0 * sigma)));
    std::vector<double> kernel(2 * radius + 1);
    double sum = 0.0;
    for (int t = -radius; t <= radius; ++t) sum += kernel[t + radius] = std::exp(-0.5 * t * t / (sigma * sigma));
    for (double& w : kernel) w /= sum;
    return kernel;
}

void smoothAxis(ImageVolume& volume, int axis, double sigma) {
    if (sigma <= 0.0 || volume.size(axis) < 2) return;
    const std::vector<double> kernel = gaussianKernel(sigma);
    const long radius = static_cast<long>(kernel.size() / 2);
    const auto& size = volume.geometry().size;
    const std::size_t stride = axis == 0 ? 1 : (axis == 1 ? size[0] : size[0] * size[1]);
    const long length = static_cast<long>(size[axis]);
    std::vector<float> line(size[axis]);
    float* data = volume.data();
    // Visit every line along `axis`: iterate over the two other axes.
    const int a = axis == 0 ? 1 : 0, b = axis == 2 ? 1 : 2;
    const std::size_t strideA = a == 0 ? 1 : (a == 1 ? size[0] : size[0] * size[1]);
    const std::size_t strideB = b == 1 ? size[0] : size[0] * size[1];
    for (std::size_t ib = 0; ib < size[b]; ++ib)
        for (std::size_t ia = 0; ia < size[a]; ++ia) {
            float* start = data + ia * strideA + ib * strideB;
            for (long t = 0; t < length; ++t) line[t] = start[t * stride];
            for (long t = 0; t < length; ++t) {
                double sum = 0.0;
                for (long s = -radius; s <= radius; ++s)
                    sum += kernel[s + radius] * line[std::clamp(t + s, 0L, length - 1)];
                start[t * stride] = static_cast<float>(sum);
            }
        }
}

} // namespace

void GaussianSmoothing::smooth(ImageVolume& volume, const std::array<double, 3>& sigmaVoxels) {
    for (int axis = 0; axis < 3; ++axis) smoothAxis(volume, axis, sigmaVoxels[axis]);
}

} // namespace crossseg
