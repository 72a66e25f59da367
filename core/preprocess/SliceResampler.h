#pragma once
#include "core/image/Volume.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace crossseg {

// Cuts a canonical (LPS) volume into axial slices and resizes each slice in-plane to H x W, and back.
//
// A slice k holds voxel rows j (posterior direction, the slice's height) of voxel columns i (left direction, its
// width), row-major, exactly as the volume stores it. The whole field of view is stretched to H x W without
// keeping the aspect ratio or the physical spacing (what most 2D cross-modality papers do): CT and MR slices of
// different spacing end up the same size, and the cache records each case's canonical geometry so that a
// prediction can be put back on its grid (docs/DATASETS.md, "Preprocessing", discusses the consequences).
//
// Sampling uses pixel centres (the convention of torch's interpolate with align_corners=false): output pixel x
// samples input position (x + 0.5) * in / out - 0.5. Images: bilinear. Labels: nearest, so no new class appears.
class SliceResampler {
public:
    // One slice, row-major height x width.
    static void resizeImageSlice(const float* source, std::size_t sourceHeight, std::size_t sourceWidth,
                                 float* target, std::size_t targetHeight, std::size_t targetWidth);
    static void resizeLabelSlice(const std::uint8_t* source, std::size_t sourceHeight, std::size_t sourceWidth,
                                 std::uint8_t* target, std::size_t targetHeight, std::size_t targetWidth);

    // Every axial slice of a (normalised) image volume at height x width: count * height * width floats.
    static std::vector<float> imageSlices(const ImageVolume& image, int height, int width);
    // Every axial slice of a class-index label volume. Throws InputError when a class index exceeds 255 (the
    // cache stores one byte per pixel).
    static std::vector<std::uint8_t> labelSlices(const LabelVolume& labels, int height, int width);

    // The inverse, for predictions: `slices` (size[2] slices of height x width class indices, as predicted from
    // imageSlices) resized back with nearest neighbour onto `canonicalGeometry`, the grid the slices were cut from.
    // Throws std::invalid_argument when the slice count or buffer size does not match.
    static LabelVolume labelSlicesToGrid(const std::vector<std::uint8_t>& slices, int height, int width,
                                         const VolumeGeometry& canonicalGeometry);
};

} // namespace crossseg
