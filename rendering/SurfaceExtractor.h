#pragma once
#include "rendering/LabelInventory.h"
#include "rendering/StructureSurface.h"
#include "rendering/SurfaceOptions.h"
#include "core/image/Volume.h"

#include <vtkMatrix4x4.h>
#include <vtkSmartPointer.h>

#include <vector>

namespace crossseg {
class TaskControl;
}

namespace crossseg::rendering {

class SurfaceCache;

// Label volume -> one closed, smoothed, decimated surface per structure, in physical millimetres:
// spacing, origin and direction are all applied, so surfaces line up with the slice views.
class SurfaceExtractor {
public:
    explicit SurfaceExtractor(SurfaceOptions options = {}) : options_(options) {}

    const SurfaceOptions& options() const { return options_; }

    // Every non-zero label present in the volume (only `onlyLabels` when that is not empty), in label order.
    // Reports progress and honours pause/cancel through `control`; reuses and fills `cache` when given.
    std::vector<StructureSurface> extractAll(const LabelVolume& labels, TaskControl* control = nullptr,
                                             SurfaceCache* cache = nullptr,
                                             const std::vector<int>& onlyLabels = {}) const;

    // One structure, given its region from LabelInventory.
    StructureSurface extract(const LabelVolume& labels, const LabelRegion& region) const;

    // Maps "voxel index times spacing" (what VTK's image filters produce) to LPS millimetres: direction and origin.
    static vtkSmartPointer<vtkMatrix4x4> scaledIndexToPhysical(const VolumeGeometry& geometry);

    // The cache key of one structure under these options.
    std::string cacheKey(const VolumeGeometry& geometry, const LabelRegion& region) const;

private:
    SurfaceOptions options_;
};

} // namespace crossseg::rendering
