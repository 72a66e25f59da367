#pragma once
#include "core/image/Volume.h"

#include <array>
#include <cstddef>
#include <vector>

namespace crossseg {

// An axis-aligned block of voxel indices, bounds inclusive: the region of a grid where a structure lies, so that
// surface extraction and distance transforms run on that block rather than on a whole 512 x 512 CT volume.
struct VoxelBox {
    std::array<std::size_t, 3> low{0, 0, 0};
    std::array<std::size_t, 3> high{0, 0, 0};
    bool empty = true;

    void include(std::size_t i, std::size_t j, std::size_t k);
    void include(const VoxelBox& other);
    std::array<std::size_t, 3> size() const; // {0, 0, 0} when empty
    std::size_t voxelCount() const;

    // The whole grid of `geometry`.
    static VoxelBox of(const VolumeGeometry& geometry);
    // The bounding box of each label value 1 .. labelCount - 1 of `labels`, in one pass ([0], the background, is
    // left empty; values at or above labelCount are ignored). An absent label's box is empty.
    static std::vector<VoxelBox> perLabel(const LabelVolume& labels, std::size_t labelCount);
};

} // namespace crossseg
