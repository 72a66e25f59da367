#include "ui/model/VoxelDiff.h"

namespace crossseg::ui {

void VoxelDiff::set(LabelVolume& labels, std::size_t index, std::uint16_t value) {
    auto& voxel = labels.voxels()[index];
    const auto found = position_.find(index);
    if (found == position_.end()) {
        if (voxel == value) return;
        position_.emplace(index, indices_.size());
        indices_.push_back(index);
        before_.push_back(voxel);
        after_.push_back(value);
    } else {
        after_[found->second] = value;
    }
    voxel = value;
}

void VoxelDiff::applyAfter(LabelVolume& labels) const {
    auto& voxels = labels.voxels();
    for (std::size_t n = 0; n < indices_.size(); ++n) voxels[indices_[n]] = after_[n];
}

void VoxelDiff::applyBefore(LabelVolume& labels) const {
    auto& voxels = labels.voxels();
    for (std::size_t n = 0; n < indices_.size(); ++n) voxels[indices_[n]] = before_[n];
}

bool VoxelDiff::empty() const {
    for (std::size_t n = 0; n < indices_.size(); ++n)
        if (before_[n] != after_[n]) return false;
    return true;
}

std::size_t VoxelDiff::memoryBytes() const {
    return indices_.size() * (sizeof(std::size_t) + 2 * sizeof(std::uint16_t)) +
           position_.size() * (2 * sizeof(std::size_t) + sizeof(void*));
}

} // namespace crossseg::ui
