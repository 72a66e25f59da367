#include "ui/model/SlicePlane.h"

namespace crossseg::ui {

int SlicePlane::sliceAxis() const {
    switch (orientation_) {
    case SliceOrientation::Axial: return 2;
    case SliceOrientation::Coronal: return 1;
    case SliceOrientation::Sagittal: return 0;
    }
    return 2;
}

int SlicePlane::width() const {
    return static_cast<int>(orientation_ == SliceOrientation::Sagittal ? geometry_.size[1] : geometry_.size[0]);
}

int SlicePlane::height() const {
    return static_cast<int>(orientation_ == SliceOrientation::Axial ? geometry_.size[1] : geometry_.size[2]);
}

int SlicePlane::sliceCount() const { return static_cast<int>(geometry_.size[sliceAxis()]); }

double SlicePlane::pixelWidthMm() const {
    return orientation_ == SliceOrientation::Sagittal ? geometry_.spacing[1] : geometry_.spacing[0];
}

double SlicePlane::pixelHeightMm() const {
    return orientation_ == SliceOrientation::Axial ? geometry_.spacing[1] : geometry_.spacing[2];
}

std::array<long, 3> SlicePlane::voxelAt(int u, int v, int slice) const {
    const long flippedK = static_cast<long>(geometry_.size[2]) - 1 - v;
    switch (orientation_) {
    case SliceOrientation::Axial: return {u, v, slice};
    case SliceOrientation::Coronal: return {u, slice, flippedK};
    case SliceOrientation::Sagittal: return {slice, u, flippedK};
    }
    return {u, v, slice};
}

std::array<int, 3> SlicePlane::pixelOf(const std::array<long, 3>& voxel) const {
    const int flippedK = static_cast<int>(static_cast<long>(geometry_.size[2]) - 1 - voxel[2]);
    switch (orientation_) {
    case SliceOrientation::Axial:
        return {static_cast<int>(voxel[0]), static_cast<int>(voxel[1]), static_cast<int>(voxel[2])};
    case SliceOrientation::Coronal: return {static_cast<int>(voxel[0]), flippedK, static_cast<int>(voxel[1])};
    case SliceOrientation::Sagittal: return {static_cast<int>(voxel[1]), flippedK, static_cast<int>(voxel[0])};
    }
    return {0, 0, 0};
}

} // namespace crossseg::ui
