#pragma once
#include "core/dataset/Dataset.h"
#include "core/image/Volume.h"

#include <string>
#include <vector>

namespace crossseg {

// One case, read, checked and brought into the canonical orientation (LPS, see Reorienter).
struct LoadedCase {
    ImageVolume image;                 // canonical orientation, in physical units (the modality's
                                       // stored_intensity applied: HU for the shared abdomen CT)
    StoredIntensity storedIntensity;   // the declaration that was applied (undeclared: the file was physical)
    LabelVolume labels;                // class indices, canonical orientation; empty when the case has no label
    VolumeGeometry originalGeometry;   // the image file's own grid (to write predictions back onto it)
    std::string originalOrientation;   // "LAS", "LPS", ... before reorientation
    std::vector<int> storedLabelValues; // distinct values found in the label file, before mapping
};

// Reads a case's image and label, checks them (same grid, label values known to the modality's label map),
// brings the image into physical units (PhysicalIntensity, with the modality's "stored_intensity") and reorients
// both to canonical. Every problem is an InputError naming the offending file.
class DatasetLoader {
public:
    static LoadedCase load(const Dataset& dataset, const DatasetCase& datasetCase);
};

} // namespace crossseg
