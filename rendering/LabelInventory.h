#pragma once
#include "core/image/Volume.h"

#include <array>
#include <cstdint>
#include <vector>

namespace crossseg::rendering {

// Where one label value lives in a volume: its voxel bounding box, how many voxels it has, and a hash of their
// positions (so that a surface can be reused while the structure itself is unchanged).
struct LabelRegion {
    int label = 0;
    std::array<std::size_t, 3> first{0, 0, 0}; // inclusive voxel bounds
    std::array<std::size_t, 3> last{0, 0, 0};
    std::size_t voxelCount = 0;
    std::uint64_t positionHash = 0;
};

// One pass over a label volume that finds every non-zero label's region. Cropping each structure to its own
// box before contouring is what keeps a 512x512x200 volume with seven structures fast.
class LabelInventory {
public:
    static std::vector<LabelRegion> take(const LabelVolume& labels);
};

} // namespace crossseg::rendering
