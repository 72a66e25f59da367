#pragma once
#include <vtkPolyData.h>
#include <vtkSmartPointer.h>

#include <cstddef>

namespace crossseg::rendering {

// The surface of one labelled structure, in physical millimetres (LPS, the slice views' coordinates).
// Meshes may be shared between the cache and several scenes: treat them as read-only.
struct StructureSurface {
    int label = 0;
    vtkSmartPointer<vtkPolyData> mesh;
    std::size_t voxelCount = 0;
    long long trianglesExtracted = 0; // straight out of the contour filter
    long long trianglesFinal = 0;     // after smoothing and decimation
    double contourSeconds = 0.0;      // contouring only
    double totalSeconds = 0.0;        // crop, contour, smooth, decimate, transform, normals
    bool fromCache = false;
};

} // namespace crossseg::rendering
