#pragma once
#include "core/dataset/Dataset.h"
#include "core/image/VolumeGeometry.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

class TaskControl;

// What checking one case found: enough for `crossseg inspect` and the Studio's dataset panel.
struct CaseReport {
    std::string caseId;
    std::string modality;
    std::filesystem::path image;
    std::filesystem::path label;              // empty when the case has no label
    bool imageReadable = false;
    std::array<std::size_t, 3> size{0, 0, 0}; // as stored
    std::array<double, 3> spacing{0, 0, 0};   // as stored
    VolumeGeometry geometry;                  // the image's grid as stored (Obliquity measures its tilt)
    std::string componentType;                // "uint8", "int16", ...
    std::string orientationBefore;            // "LAS", ...
    std::string orientationAfter;             // always the canonical code when the image is readable
    std::vector<int> labelValues;             // distinct stored values in the label file
    std::string labelGridDifference;          // what differs between label and image grid ("" when they agree)
    std::vector<std::string> problems;        // empty when the case is healthy

    bool healthy() const { return problems.empty(); }
};

// Reads every case completely and records what is wrong, without stopping at the first bad case: unreadable or
// corrupt files, NaN/Inf, image and label on different grids, label values a strict label map does not know.
class DatasetValidator {
public:
    // Also stores each case's problems in dataset.cases[i].problems. Reports progress and honours pause/cancel
    // through `control` (may be null).
    static std::vector<CaseReport> validate(Dataset& dataset, TaskControl* control = nullptr);
    static CaseReport validateCase(const Dataset& dataset, const DatasetCase& datasetCase);
};

} // namespace crossseg
