#include "rendering/LabelInventory.h"

#include <algorithm>
#include <limits>

namespace crossseg::rendering {

std::vector<LabelRegion> LabelInventory::take(const LabelVolume& labels) {
    // uint16 labels: a flat table indexed by value is smaller and faster than a map.
    constexpr std::size_t kValues = std::numeric_limits<LabelVolume::ValueType>::max() + 1;
    std::vector<LabelRegion> byValue(kValues);
    const auto& g = labels.geometry();
    const auto* voxel = labels.data();
    constexpr std::uint64_t kMultiplier = 0x100000001b3ULL;
    std::size_t linear = 0;
    for (std::size_t k = 0; k < g.size[2]; ++k) {
        for (std::size_t j = 0; j < g.size[1]; ++j) {
            for (std::size_t i = 0; i < g.size[0]; ++i, ++linear) {
                const auto value = voxel[linear];
                if (value == 0) continue;
                LabelRegion& r = byValue[value];
                if (r.voxelCount == 0) {
                    r.label = value;
                    r.first = {i, j, k};
                    r.last = {i, j, k};
                } else {
                    r.first[0] = std::min(r.first[0], i);
                    r.first[1] = std::min(r.first[1], j);
                    r.last[0] = std::max(r.last[0], i);
                    r.last[1] = std::max(r.last[1], j);
                    r.last[2] = k; // k only grows
                }
                ++r.voxelCount;
                r.positionHash = (r.positionHash ^ static_cast<std::uint64_t>(linear)) * kMultiplier;
            }
        }
    }
    std::vector<LabelRegion> present;
    for (const auto& r : byValue)
        if (r.voxelCount > 0) present.push_back(r);
    return present;
}

} // namespace crossseg::rendering
