#pragma once
#include "core/image/Volume.h"
#include "core/phantom/PhantomAnatomy.h"

#include <cstdint>

namespace crossseg {

using TissueVolume = Volume<std::uint8_t>; // PhantomTissue values

// Samples an anatomy at the centres of the voxels of any grid (any size, spacing, origin and direction):
// the grid's own geometry places each voxel in patient space, so the same patient lands correctly on an LPS
// CT grid, a flipped MR grid or a 512x512x200 benchmark grid. Slices are shared among the machine's cores.
class PhantomRasterizer {
public:
    static TissueVolume tissues(const PhantomAnatomy& anatomy, const VolumeGeometry& grid);
    // MM-WHS label codes (0, 205, 420, 500, 550, 600, 820, 850).
    static LabelVolume labels(const PhantomAnatomy& anatomy, const VolumeGeometry& grid);
};

} // namespace crossseg
