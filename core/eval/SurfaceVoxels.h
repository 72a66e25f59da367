#pragma once
#include "core/eval/VoxelBox.h"
#include "core/image/Volume.h"

#include <cstdint>
#include <vector>

namespace crossseg {

// The boundary voxels of one label: voxels of that label with at least one of their 6 face neighbours of another
// label or outside the grid (so an object touching the border of the volume is closed there, as in medpy and
// MONAI). Distances between surfaces are measured between the centres of these voxels.
class SurfaceVoxels {
public:
    // 1 where the voxel is on the label's surface, else 0; same size and order as the volume's voxels.
    static std::vector<std::uint8_t> mask(const LabelVolume& labels, std::uint16_t label);
    // The same mask inside `box` only (x-fastest over the box): exactly the full mask cropped to the box, as the
    // neighbours are read from the whole volume and only the grid's own border closes a structure.
    static std::vector<std::uint8_t> maskIn(const LabelVolume& labels, std::uint16_t label, const VoxelBox& box);
    // The same as a label volume (surface = label, rest 0), for cross-checks with ITK filters and for viewing.
    static LabelVolume asVolume(const LabelVolume& labels, std::uint16_t label);
};

} // namespace crossseg
