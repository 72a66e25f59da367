#include "rendering/SurfaceExtractor.h"

#include "rendering/SurfaceCache.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <vtkDecimatePro.h>
#include <vtkDiscreteFlyingEdges3D.h>
#include <vtkDiscreteMarchingCubes.h>
#include <vtkImageData.h>
#include <vtkPolyDataNormals.h>
#include <vtkQuadricDecimation.h>
#include <vtkReverseSense.h>
#include <vtkTransform.h>
#include <vtkTransformPolyDataFilter.h>
#include <vtkUnsignedCharArray.h>
#include <vtkPointData.h>
#include <vtkWindowedSincPolyDataFilter.h>

#include <algorithm>
#include <chrono>
#include <sstream>

namespace crossseg::rendering {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The structure as a 0/1 mask cropped to its box plus one voxel of background on every side, so that surfaces
// close even where a structure touches the volume border. The extent keeps global voxel indices, so contour
// points come out as (global index) x spacing.
vtkSmartPointer<vtkImageData> croppedMask(const LabelVolume& labels, const LabelRegion& region) {
    const auto& g = labels.geometry();
    int extent[6];
    for (int a = 0; a < 3; ++a) {
        extent[2 * a] = static_cast<int>(region.first[a]) - 1;
        extent[2 * a + 1] = static_cast<int>(region.last[a]) + 1;
    }
    auto mask = vtkSmartPointer<vtkImageData>::New();
    mask->SetExtent(extent);
    mask->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    mask->SetOrigin(0.0, 0.0, 0.0);
    mask->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
    auto* out = static_cast<unsigned char*>(mask->GetScalarPointer());
    const std::size_t nx = static_cast<std::size_t>(extent[1] - extent[0] + 1);
    const std::size_t ny = static_cast<std::size_t>(extent[3] - extent[2] + 1);
    const std::size_t nz = static_cast<std::size_t>(extent[5] - extent[4] + 1);
    std::fill(out, out + nx * ny * nz, static_cast<unsigned char>(0));
    const auto value = static_cast<LabelVolume::ValueType>(region.label);
    const auto* in = labels.data();
    for (std::size_t k = region.first[2]; k <= region.last[2]; ++k) {
        for (std::size_t j = region.first[1]; j <= region.last[1]; ++j) {
            const std::size_t rowIn = g.linearIndex(0, j, k);
            const std::size_t rowOut = ((k - region.first[2] + 1) * ny + (j - region.first[1] + 1)) * nx + 1;
            for (std::size_t i = region.first[0]; i <= region.last[0]; ++i)
                out[rowOut + (i - region.first[0])] = in[rowIn + i] == value ? 1 : 0;
        }
    }
    return mask;
}

double determinant3(const std::array<double, 9>& m) {
    return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) +
           m[2] * (m[3] * m[7] - m[4] * m[6]);
}

vtkSmartPointer<vtkPolyData> contour(vtkImageData* mask, ContourMethod method) {
    vtkSmartPointer<vtkPolyDataAlgorithm> filter;
    if (method == ContourMethod::FlyingEdges) {
        auto fe = vtkSmartPointer<vtkDiscreteFlyingEdges3D>::New();
        fe->SetValue(0, 1.0);
        fe->ComputeNormalsOff();
        fe->ComputeGradientsOff();
        fe->ComputeScalarsOff();
        filter = fe;
    } else {
        auto mc = vtkSmartPointer<vtkDiscreteMarchingCubes>::New();
        mc->SetValue(0, 1.0);
        mc->ComputeNormalsOff();
        mc->ComputeGradientsOff();
        mc->ComputeScalarsOff();
        filter = mc;
    }
    filter->SetInputData(mask);
    filter->Update();
    auto result = vtkSmartPointer<vtkPolyData>::New();
    result->ShallowCopy(filter->GetOutput());
    return result;
}

} // namespace

vtkSmartPointer<vtkMatrix4x4> SurfaceExtractor::scaledIndexToPhysical(const VolumeGeometry& geometry) {
    auto m = vtkSmartPointer<vtkMatrix4x4>::New();
    m->Identity();
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) m->SetElement(r, c, geometry.direction[r * 3 + c]);
        m->SetElement(r, 3, geometry.origin[r]);
    }
    return m;
}

std::string SurfaceExtractor::cacheKey(const VolumeGeometry& g, const LabelRegion& region) const {
    std::ostringstream s;
    s.precision(17);
    s << region.label << "|" << region.voxelCount << "|" << region.positionHash << "|";
    for (int a = 0; a < 3; ++a) s << region.first[a] << "-" << region.last[a] << ",";
    for (int a = 0; a < 3; ++a) s << g.size[a] << "," << g.spacing[a] << "," << g.origin[a] << ",";
    for (double d : g.direction) s << d << ",";
    s << "|" << options_.key();
    return s.str();
}

StructureSurface SurfaceExtractor::extract(const LabelVolume& labels, const LabelRegion& region) const {
    const auto start = Clock::now();
    StructureSurface result;
    result.label = region.label;
    result.voxelCount = region.voxelCount;

    auto mask = croppedMask(labels, region);
    const auto contourStart = Clock::now();
    vtkSmartPointer<vtkPolyData> mesh = contour(mask, options_.contour);
    result.contourSeconds = secondsSince(contourStart);
    mask = nullptr; // the crop can be large: free it before the mesh filters allocate
    result.trianglesExtracted = mesh->GetNumberOfPolys();

    if (options_.smoothingIterations > 0 && mesh->GetNumberOfPolys() > 0) {
        auto smooth = vtkSmartPointer<vtkWindowedSincPolyDataFilter>::New();
        smooth->SetInputData(mesh);
        smooth->SetNumberOfIterations(options_.smoothingIterations);
        smooth->SetPassBand(options_.smoothingPassBand);
        smooth->BoundarySmoothingOff();
        smooth->FeatureEdgeSmoothingOff();
        smooth->NonManifoldSmoothingOn();
        smooth->NormalizeCoordinatesOn(); // keeps the pass band meaningful whatever the size in mm
        smooth->Update();
        mesh = vtkSmartPointer<vtkPolyData>::New();
        mesh->ShallowCopy(smooth->GetOutput());
    }

    if (options_.decimation != DecimationMethod::None && options_.decimationTargetReduction > 0.0 &&
        mesh->GetNumberOfPolys() > 100) {
        vtkSmartPointer<vtkPolyDataAlgorithm> decimate;
        if (options_.decimation == DecimationMethod::Quadric) {
            auto q = vtkSmartPointer<vtkQuadricDecimation>::New();
            q->SetTargetReduction(options_.decimationTargetReduction);
            q->VolumePreservationOn();
            decimate = q;
        } else {
            auto pro = vtkSmartPointer<vtkDecimatePro>::New();
            pro->SetTargetReduction(options_.decimationTargetReduction);
            pro->PreserveTopologyOn(); // keep structures closed
            decimate = pro;
        }
        decimate->SetInputData(mesh);
        decimate->Update();
        mesh = vtkSmartPointer<vtkPolyData>::New();
        mesh->ShallowCopy(decimate->GetOutput());
    }

    const auto& g = labels.geometry();
    auto transform = vtkSmartPointer<vtkTransform>::New();
    transform->SetMatrix(scaledIndexToPhysical(g));
    auto toPhysical = vtkSmartPointer<vtkTransformPolyDataFilter>::New();
    toPhysical->SetTransform(transform);
    toPhysical->SetInputData(mesh);
    toPhysical->Update();
    vtkSmartPointer<vtkPolyDataAlgorithm> last = toPhysical;
    if (determinant3(g.direction) < 0.0) {
        // A mirroring direction turns the triangles inside out; restore outward-facing winding.
        auto reverse = vtkSmartPointer<vtkReverseSense>::New();
        reverse->SetInputConnection(last->GetOutputPort());
        reverse->ReverseCellsOn();
        reverse->ReverseNormalsOn();
        reverse->Update();
        last = reverse;
    }
    if (options_.computeNormals && mesh->GetNumberOfPolys() > 0) {
        auto normals = vtkSmartPointer<vtkPolyDataNormals>::New();
        normals->SetInputConnection(last->GetOutputPort());
        normals->SplittingOff(); // splitting would duplicate points and break point counts of exports
        normals->ConsistencyOff(); // contour filters already orient triangles consistently
        normals->ComputePointNormalsOn();
        normals->ComputeCellNormalsOff();
        normals->Update();
        last = normals;
    }
    result.mesh = vtkSmartPointer<vtkPolyData>::New();
    result.mesh->ShallowCopy(last->GetOutput());
    result.trianglesFinal = result.mesh->GetNumberOfPolys();
    result.totalSeconds = secondsSince(start);
    return result;
}

std::vector<StructureSurface> SurfaceExtractor::extractAll(const LabelVolume& labels, TaskControl* control,
                                                           SurfaceCache* cache,
                                                           const std::vector<int>& onlyLabels) const {
    std::vector<StructureSurface> surfaces;
    if (labels.empty()) return surfaces;
    if (control) control->report("mesh", 0.0, "finding structures");
    std::vector<LabelRegion> regions = LabelInventory::take(labels);
    if (!onlyLabels.empty()) {
        regions.erase(std::remove_if(regions.begin(), regions.end(),
                                     [&](const LabelRegion& r) {
                                         return std::find(onlyLabels.begin(), onlyLabels.end(), r.label) ==
                                                onlyLabels.end();
                                     }),
                      regions.end());
    }
    for (std::size_t n = 0; n < regions.size(); ++n) {
        if (control) {
            control->checkpoint();
            control->report("mesh", static_cast<double>(n) / static_cast<double>(regions.size()),
                            "surface of label " + std::to_string(regions[n].label));
        }
        const std::string key = cache ? cacheKey(labels.geometry(), regions[n]) : std::string();
        if (cache) {
            if (auto hit = cache->find(key)) {
                hit->fromCache = true;
                surfaces.push_back(*hit);
                continue;
            }
        }
        StructureSurface surface = extract(labels, regions[n]);
        log::debug("surface of label " + std::to_string(surface.label) + ": " +
                   std::to_string(surface.trianglesFinal) + " triangles in " +
                   std::to_string(surface.totalSeconds) + " s");
        if (cache) cache->store(key, surface);
        surfaces.push_back(surface);
    }
    if (control) control->report("mesh", 1.0, std::to_string(surfaces.size()) + " surfaces");
    return surfaces;
}

} // namespace crossseg::rendering
