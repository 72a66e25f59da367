#pragma once
#include "core/image/VolumeGeometry.h"

#include <cstdint>
#include <vector>

namespace crossseg {

// A 3D image held in memory: voxels in x-fastest order plus the geometry that places them in the patient.
// Deliberately free of ITK so that the learning engine can use it on machines that only have LibTorch.
template <typename T>
class Volume {
public:
    using ValueType = T;

    Volume() = default;
    explicit Volume(const VolumeGeometry& geometry, T fill = T{})
        : geometry_(geometry), voxels_(geometry.voxelCount(), fill) {}

    const VolumeGeometry& geometry() const { return geometry_; }
    VolumeGeometry& geometry() { return geometry_; }
    const std::vector<T>& voxels() const { return voxels_; }
    std::vector<T>& voxels() { return voxels_; }
    T* data() { return voxels_.data(); }
    const T* data() const { return voxels_.data(); }

    bool empty() const { return voxels_.empty(); }
    std::size_t size(int axis) const { return geometry_.size[axis]; }

    T& at(std::size_t i, std::size_t j, std::size_t k) { return voxels_[geometry_.linearIndex(i, j, k)]; }
    const T& at(std::size_t i, std::size_t j, std::size_t k) const {
        return voxels_[geometry_.linearIndex(i, j, k)];
    }

private:
    VolumeGeometry geometry_;
    std::vector<T> voxels_;
};

using ImageVolume = Volume<float>;          // intensities (HU for CT, arbitrary units for MR)
using LabelVolume = Volume<std::uint16_t>;  // raw file label values (MM-WHS codes reach 850) or class indices

} // namespace crossseg
