#include "core/preprocess/SliceResampler.h"

#include "core/util/InputError.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace crossseg {
namespace {

// For one axis: the two source samples each target sample blends, and the weight of the second one.
struct LinearTaps {
    std::vector<std::size_t> first, second;
    std::vector<float> weight;
};

LinearTaps linearTaps(std::size_t sourceCount, std::size_t targetCount) {
    LinearTaps taps;
    taps.first.resize(targetCount);
    taps.second.resize(targetCount);
    taps.weight.resize(targetCount);
    const double scale = static_cast<double>(sourceCount) / static_cast<double>(targetCount);
    const double last = static_cast<double>(sourceCount - 1);
    for (std::size_t t = 0; t < targetCount; ++t) {
        // Pixel-centre mapping; outside the first/last centre the edge value is held (no extrapolation).
        const double position = std::clamp((static_cast<double>(t) + 0.5) * scale - 0.5, 0.0, last);
        const std::size_t below = static_cast<std::size_t>(position);
        taps.first[t] = below;
        taps.second[t] = std::min(below + 1, sourceCount - 1);
        taps.weight[t] = static_cast<float>(position - static_cast<double>(below));
    }
    return taps;
}

// Nearest source sample of each target sample, in integers so it is exact: floor((t + 0.5) * source / target).
std::vector<std::size_t> nearestTaps(std::size_t sourceCount, std::size_t targetCount) {
    std::vector<std::size_t> taps(targetCount);
    for (std::size_t t = 0; t < targetCount; ++t)
        taps[t] = std::min((2 * t + 1) * sourceCount / (2 * targetCount), sourceCount - 1);
    return taps;
}

template <typename T>
void resizeNearest(const T* source, std::size_t sourceHeight, std::size_t sourceWidth, T* target,
                   std::size_t targetHeight, std::size_t targetWidth) {
    const auto rows = nearestTaps(sourceHeight, targetHeight);
    const auto columns = nearestTaps(sourceWidth, targetWidth);
    for (std::size_t y = 0; y < targetHeight; ++y) {
        const T* sourceRow = source + rows[y] * sourceWidth;
        T* targetRow = target + y * targetWidth;
        for (std::size_t x = 0; x < targetWidth; ++x) targetRow[x] = sourceRow[columns[x]];
    }
}

void requirePositive(int height, int width) {
    if (height <= 0 || width <= 0)
        throw std::invalid_argument("slice size must be positive, got " + std::to_string(height) + " x " +
                                    std::to_string(width));
}

void requireNonEmpty(const VolumeGeometry& geometry) {
    if (geometry.voxelCount() == 0) throw InputError("cannot slice a zero-size volume (" + geometry.describe() + ")");
}

} // namespace

void SliceResampler::resizeImageSlice(const float* source, std::size_t sourceHeight, std::size_t sourceWidth,
                                      float* target, std::size_t targetHeight, std::size_t targetWidth) {
    const LinearTaps rows = linearTaps(sourceHeight, targetHeight);
    const LinearTaps columns = linearTaps(sourceWidth, targetWidth);
    for (std::size_t y = 0; y < targetHeight; ++y) {
        const float* upper = source + rows.first[y] * sourceWidth;
        const float* lower = source + rows.second[y] * sourceWidth;
        const float wy = rows.weight[y];
        float* targetRow = target + y * targetWidth;
        for (std::size_t x = 0; x < targetWidth; ++x) {
            const std::size_t x0 = columns.first[x], x1 = columns.second[x];
            const float wx = columns.weight[x];
            const float top = upper[x0] + wx * (upper[x1] - upper[x0]);
            const float bottom = lower[x0] + wx * (lower[x1] - lower[x0]);
            targetRow[x] = top + wy * (bottom - top);
        }
    }
}

void SliceResampler::resizeLabelSlice(const std::uint8_t* source, std::size_t sourceHeight, std::size_t sourceWidth,
                                      std::uint8_t* target, std::size_t targetHeight, std::size_t targetWidth) {
    resizeNearest(source, sourceHeight, sourceWidth, target, targetHeight, targetWidth);
}

std::vector<float> SliceResampler::imageSlices(const ImageVolume& image, int height, int width) {
    requirePositive(height, width);
    requireNonEmpty(image.geometry());
    const auto& size = image.geometry().size;
    const std::size_t sliceArea = static_cast<std::size_t>(height) * static_cast<std::size_t>(width);
    std::vector<float> slices(size[2] * sliceArea);
    for (std::size_t k = 0; k < size[2]; ++k)
        resizeImageSlice(image.data() + k * size[0] * size[1], size[1], size[0], slices.data() + k * sliceArea,
                         static_cast<std::size_t>(height), static_cast<std::size_t>(width));
    return slices;
}

std::vector<std::uint8_t> SliceResampler::labelSlices(const LabelVolume& labels, int height, int width) {
    requirePositive(height, width);
    requireNonEmpty(labels.geometry());
    const auto& size = labels.geometry().size;
    const std::size_t sourceArea = size[0] * size[1];
    const std::size_t sliceArea = static_cast<std::size_t>(height) * static_cast<std::size_t>(width);
    std::vector<std::uint8_t> slices(size[2] * sliceArea);
    std::vector<std::uint8_t> narrowed(sourceArea);
    for (std::size_t k = 0; k < size[2]; ++k) {
        const std::uint16_t* source = labels.data() + k * sourceArea;
        for (std::size_t p = 0; p < sourceArea; ++p) {
            if (source[p] > 255)
                throw InputError("class index " + std::to_string(source[p]) +
                                 " does not fit the slice cache (at most 255 classes)");
            narrowed[p] = static_cast<std::uint8_t>(source[p]);
        }
        resizeLabelSlice(narrowed.data(), size[1], size[0], slices.data() + k * sliceArea,
                         static_cast<std::size_t>(height), static_cast<std::size_t>(width));
    }
    return slices;
}

LabelVolume SliceResampler::labelSlicesToGrid(const std::vector<std::uint8_t>& slices, int height, int width,
                                             const VolumeGeometry& canonicalGeometry) {
    requirePositive(height, width);
    requireNonEmpty(canonicalGeometry);
    const auto& size = canonicalGeometry.size;
    const std::size_t sliceArea = static_cast<std::size_t>(height) * static_cast<std::size_t>(width);
    if (slices.size() != size[2] * sliceArea)
        throw std::invalid_argument("labelSlicesToGrid: " + std::to_string(slices.size()) + " values are not " +
                                    std::to_string(size[2]) + " slices of " + std::to_string(height) + " x " +
                                    std::to_string(width));
    LabelVolume volume(canonicalGeometry, 0);
    const std::size_t targetArea = size[0] * size[1];
    std::vector<std::uint8_t> resized(targetArea);
    for (std::size_t k = 0; k < size[2]; ++k) {
        resizeLabelSlice(slices.data() + k * sliceArea, static_cast<std::size_t>(height),
                         static_cast<std::size_t>(width), resized.data(), size[1], size[0]);
        std::copy(resized.begin(), resized.end(), volume.data() + k * targetArea);
    }
    return volume;
}

} // namespace crossseg
