#pragma once
#include <string>

namespace crossseg::rendering {

// How a label becomes a surface. Discrete flying edges is the fast default; marching cubes is kept for
// comparison (crossseg bench surface measures both).
enum class ContourMethod { FlyingEdges, MarchingCubes };
enum class DecimationMethod { None, Quadric, Pro };

struct SurfaceOptions {
    ContourMethod contour = ContourMethod::FlyingEdges;
    int smoothingIterations = 20;     // windowed-sinc iterations; 0 turns smoothing off
    double smoothingPassBand = 0.05;  // lower = smoother (VTK's 0..2 scale)
    DecimationMethod decimation = DecimationMethod::Quadric;
    double decimationTargetReduction = 0.5; // fraction of triangles removed
    bool computeNormals = true;             // smooth shading

    // A stable text that changes whenever the result would change (part of the cache key).
    std::string key() const;

    static const char* name(ContourMethod method);
    static const char* name(DecimationMethod method);
};

} // namespace crossseg::rendering
