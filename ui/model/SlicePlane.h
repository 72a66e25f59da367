#pragma once
// How one of the three orthogonal views cuts a canonical (LPS) volume, and where its pixels go on screen.
// Radiological convention, as ITK-SNAP and Slicer show by default:
//   axial:    u = i (patient right on screen left), v = j (anterior at the top), slice = k
//   coronal:  u = i, v = flipped k (superior at the top), slice = j
//   sagittal: u = j (anterior on the left), v = flipped k (superior at the top), slice = i
// Qt-free so that the mapping is tested without widgets.
#include "core/image/VolumeGeometry.h"

#include <array>

namespace crossseg::ui {

enum class SliceOrientation { Axial, Coronal, Sagittal };

class SlicePlane {
public:
    SlicePlane(SliceOrientation orientation, const VolumeGeometry& geometry)
        : orientation_(orientation), geometry_(geometry) {}

    SliceOrientation orientation() const { return orientation_; }
    int sliceAxis() const;               // the voxel axis the slice index runs along
    int width() const;                   // pixels along u
    int height() const;                  // pixels along v
    int sliceCount() const;
    double pixelWidthMm() const;         // physical size of one pixel, for the aspect ratio
    double pixelHeightMm() const;

    // Pixel (u, v) of slice `slice` -> voxel index (i, j, k); and back (slice in [2]).
    std::array<long, 3> voxelAt(int u, int v, int slice) const;
    std::array<int, 3> pixelOf(const std::array<long, 3>& voxel) const; // {u, v, slice}

private:
    SliceOrientation orientation_;
    VolumeGeometry geometry_;
};

} // namespace crossseg::ui
