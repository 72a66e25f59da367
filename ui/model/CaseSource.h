#pragma once
// The Studio's door to the data layer: opening datasets, loading cases, reading and writing label files on a
// case's grid. Qt-free, so it runs on worker threads and in tests without a GUI.
#include "ui/model/CaseData.h"
#include "ui/model/LabelCoding.h"

#include <filesystem>
#include <memory>

namespace crossseg {
struct Dataset;
struct DatasetCase;
}

namespace crossseg::ui {

class CaseSource {
public:
    // A manifest JSON, an MM-WHS folder or an nnU-Net folder. Throws InputError naming the path and the cause.
    static std::shared_ptr<Dataset> openDataset(const std::filesystem::path& path);

    // Image and (class-index) label, reoriented to the canonical grid. Throws InputError.
    static std::shared_ptr<CaseData> loadCase(const Dataset& dataset, const DatasetCase& datasetCase);

    // A label file (e.g. a prediction) brought onto the case's canonical grid. Throws InputError when the file
    // cannot be read or does not lie on the case image's grid. `coding` says how the file codes the classes:
    // class indices (predictions) or the dataset's label codes (saved corrections), mapped through the modality's
    // label map.
    static LabelVolume readLabelsForCase(const std::filesystem::path& file, const CaseData& data,
                                         LabelCoding coding = LabelCoding::ClassIndices);

    // The label file as stored (its own grid, its own values), checked to lie on the case image's grid.
    static LabelVolume readStoredLabels(const std::filesystem::path& file, const CaseData& data);
    // How a stored label file codes its classes, told from its values against the case's label map; when both
    // readings fit, by which of them agrees better with the case's own label (Ambiguous only when that is equal
    // or the case has none).
    static LabelCodingDetector::Verdict detectCoding(const LabelVolume& stored, const CaseData& data);
    // A stored label file (readStoredLabels) as class indices on the case's canonical grid. Throws InputError for
    // LabelCoding::Unknown or Ambiguous, naming the file.
    static LabelVolume toCanonicalClasses(const LabelVolume& stored, const CaseData& data, LabelCoding coding,
                                          const std::filesystem::path& file);

    // Writes canonical labels back onto the case's original grid (the image file's header), atomically.
    static void writeLabelsForCase(const LabelVolume& canonical, const CaseData& data,
                                   const std::filesystem::path& file);

    // Corrected labels, written like writeLabelsForCase but in the dataset's own label coding (BTCV's liver as 6,
    // MM-WHS's myocardium as 205), so that the file can stand in for the case's label file. Values of
    // `codedSource` (the file the corrected labels came from, in that coding; empty: none) that the label map
    // drops are kept where the correction left their class alone. Predictions stay in class indices.
    static void writeCorrectionsForCase(const LabelVolume& canonical, const CaseData& data,
                                        const std::filesystem::path& file, const std::filesystem::path& codedSource);

    // "<name>_corrected.nii.gz" beside `source` (never the source itself).
    static std::filesystem::path suggestedCorrectionPath(const std::filesystem::path& source,
                                                         const std::string& caseId);
};

} // namespace crossseg::ui
