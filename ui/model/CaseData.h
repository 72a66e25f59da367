#pragma once
#include "core/dataset/Dataset.h"
#include "core/image/Volume.h"

#include <filesystem>
#include <string>

namespace crossseg::ui {

// One case as the Studio shows it: everything on CrossSeg's canonical LPS grid (voxel i -> patient left,
// j -> posterior, k -> superior), plus what is needed to write results back with the file's own header.
struct CaseData {
    std::string caseId;
    std::string modality;
    ImageVolume image;                    // canonical
    LabelVolume reference;                // class indices, canonical; empty when the case has no label
    VolumeGeometry originalGeometry;      // the image file's own grid
    std::string originalOrientation;      // "LPS", "LAS", ...
    std::filesystem::path imageFile;
    std::filesystem::path referenceFile;  // empty when the case has no label
    // How the modality's label files code the classes (its label map). An empty map: the case does not come from
    // a dataset, and label files hold class indices.
    DatasetModality labelCoding;
    std::size_t classCount = 0;           // classes of the dataset, background included; 0: not known
};

} // namespace crossseg::ui
