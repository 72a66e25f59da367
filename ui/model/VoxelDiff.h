#pragma once
// The voxels one edit changed, with their values before and after: what undo/redo store instead of copies of
// the whole volume (a brush stroke on a 512x512x200 volume changes hundreds of voxels, not 50 million). Qt-free.
#include "core/image/Volume.h"

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace crossseg::ui {

class VoxelDiff {
public:
    // Sets voxel `index` to `value`, remembering its first value before this diff touched it.
    void set(LabelVolume& labels, std::size_t index, std::uint16_t value);

    void applyAfter(LabelVolume& labels) const;  // redo
    void applyBefore(LabelVolume& labels) const; // undo
    bool empty() const;                          // true when nothing actually changed
    std::size_t size() const { return indices_.size(); }
    std::size_t memoryBytes() const;

private:
    std::vector<std::size_t> indices_;
    std::vector<std::uint16_t> before_;
    std::vector<std::uint16_t> after_;
    std::unordered_map<std::size_t, std::size_t> position_; // voxel index -> entry
};

} // namespace crossseg::ui
