#include "core/eval/VoxelBox.h"

#include <algorithm>

namespace crossseg {

void VoxelBox::include(std::size_t i, std::size_t j, std::size_t k) {
    const std::array<std::size_t, 3> p{i, j, k};
    for (int a = 0; a < 3; ++a) {
        low[a] = empty ? p[a] : std::min(low[a], p[a]);
        high[a] = empty ? p[a] : std::max(high[a], p[a]);
    }
    empty = false;
}

void VoxelBox::include(const VoxelBox& other) {
    if (other.empty) return;
    include(other.low[0], other.low[1], other.low[2]);
    include(other.high[0], other.high[1], other.high[2]);
}

std::array<std::size_t, 3> VoxelBox::size() const {
    if (empty) return {0, 0, 0};
    return {high[0] - low[0] + 1, high[1] - low[1] + 1, high[2] - low[2] + 1};
}

std::size_t VoxelBox::voxelCount() const {
    const auto s = size();
    return s[0] * s[1] * s[2];
}

VoxelBox VoxelBox::of(const VolumeGeometry& geometry) {
    VoxelBox box;
    if (geometry.voxelCount() == 0) return box;
    box.include(0, 0, 0);
    box.include(geometry.size[0] - 1, geometry.size[1] - 1, geometry.size[2] - 1);
    return box;
}

std::vector<VoxelBox> VoxelBox::perLabel(const LabelVolume& labels, std::size_t labelCount) {
    std::vector<VoxelBox> boxes(labelCount);
    const auto& g = labels.geometry();
    const std::uint16_t* v = labels.data();
    // Per row, the first and last column of each label: the boxes then grow twice per row and label instead of
    // once per voxel (one pass over a CT volume costs about as much as reading it).
    constexpr std::size_t kNone = ~std::size_t(0);
    std::vector<std::size_t> first(labelCount, kNone), last(labelCount, 0);
    for (std::size_t k = 0; k < g.size[2]; ++k) {
        for (std::size_t j = 0; j < g.size[1]; ++j) {
            const std::uint16_t* row = v + g.linearIndex(0, j, k);
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const std::size_t label = row[i];
                if (label == 0 || label >= labelCount) continue;
                if (first[label] == kNone) first[label] = i;
                last[label] = i;
            }
            for (std::size_t label = 1; label < labelCount; ++label) {
                if (first[label] == kNone) continue;
                boxes[label].include(first[label], j, k);
                boxes[label].include(last[label], j, k);
                first[label] = kNone;
            }
        }
    }
    return boxes;
}

} // namespace crossseg
