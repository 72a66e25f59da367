#pragma once
#include <array>
#include <cstddef>
#include <string>

namespace crossseg {

// Where a voxel grid sits in the patient: ITK's conventions (LPS physical space, millimetres).
// direction is row-major; its column j is the physical direction of voxel axis j.
struct VolumeGeometry {
    std::array<std::size_t, 3> size{0, 0, 0};
    std::array<double, 3> spacing{1.0, 1.0, 1.0};
    std::array<double, 3> origin{0.0, 0.0, 0.0};
    std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};

    std::size_t voxelCount() const { return size[0] * size[1] * size[2]; }
    std::size_t linearIndex(std::size_t i, std::size_t j, std::size_t k) const {
        return i + size[0] * (j + size[1] * k);
    }
    bool contains(long i, long j, long k) const {
        return i >= 0 && j >= 0 && k >= 0 && static_cast<std::size_t>(i) < size[0] &&
               static_cast<std::size_t>(j) < size[1] && static_cast<std::size_t>(k) < size[2];
    }

    // Continuous index -> physical point (mm) and back.
    std::array<double, 3> indexToPhysical(const std::array<double, 3>& index) const;
    std::array<double, 3> physicalToIndex(const std::array<double, 3>& point) const;

    // Same size and, within tolerance (relative to spacing), the same spacing, origin and direction.
    bool sameGrid(const VolumeGeometry& other, double tolerance = 1e-3) const;
    std::string describe() const;
};

} // namespace crossseg
