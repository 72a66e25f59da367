#include "ui/dataset/CaseSource.h"

#include "core/dataset/Dataset.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/LabelMapper.h"
#include "core/image/Reorienter.h"
#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <optional>

namespace crossseg::ui {

std::shared_ptr<Dataset> CaseSource::openDataset(const std::filesystem::path& path) {
    return std::make_shared<Dataset>(DatasetDiscovery::open(path));
}

std::shared_ptr<CaseData> CaseSource::loadCase(const Dataset& dataset, const DatasetCase& datasetCase) {
    auto loaded = DatasetLoader::load(dataset, datasetCase);
    auto data = std::make_shared<CaseData>();
    data->caseId = datasetCase.id;
    data->modality = datasetCase.modality;
    data->image = std::move(loaded.image);
    data->reference = std::move(loaded.labels);
    data->originalGeometry = loaded.originalGeometry;
    data->originalOrientation = loaded.originalOrientation;
    data->imageFile = datasetCase.image;
    data->referenceFile = datasetCase.label;
    if (const DatasetModality* modality = dataset.modality(datasetCase.modality)) data->labelCoding = *modality;
    return data;
}

LabelVolume CaseSource::readLabelsForCase(const std::filesystem::path& file, const CaseData& data) {
    LabelVolume raw = VolumeReader::readLabels(file);
    if (!raw.geometry().sameGrid(data.originalGeometry))
        throw InputError(file, "the label grid (" + raw.geometry().describe() + ") is not the grid of case " +
                                   data.caseId + " (" + data.originalGeometry.describe() + ")");
    LabelVolume canonical = Reorienter::toCanonical(raw);
    if (canonical.geometry().size != data.image.geometry().size)
        throw InputError(file, "the label does not match the image of case " + data.caseId + " after reorientation");
    return canonical;
}

void CaseSource::writeLabelsForCase(const LabelVolume& canonical, const CaseData& data,
                                    const std::filesystem::path& file) {
    if (canonical.geometry().size != data.image.geometry().size)
        throw InputError(file, "the labels do not lie on the grid of case " + data.caseId);
    // VolumeWriter writes through AtomicFile: a failed write leaves any previous file untouched.
    VolumeWriter::writeLabels(Reorienter::toOriginal(canonical, data.originalGeometry), file);
}

void CaseSource::writeCorrectionsForCase(const LabelVolume& canonical, const CaseData& data,
                                         const std::filesystem::path& file, const std::filesystem::path& codedSource) {
    if (data.labelCoding.labelMap.empty()) {
        writeLabelsForCase(canonical, data, file);
        return;
    }
    if (canonical.geometry().size != data.image.geometry().size)
        throw InputError(file, "the labels do not lie on the grid of case " + data.caseId);
    std::optional<LabelVolume> stored;
    if (!codedSource.empty()) {
        try {
            stored = VolumeReader::readLabels(codedSource);
            if (!stored->geometry().sameGrid(data.originalGeometry)) stored.reset();
        } catch (const std::exception& e) {
            // The corrections are still written; only the structures the label map drops cannot be carried over.
            log::warn("Cannot carry unmapped labels over from " + codedSource.string() + ": " + e.what());
            stored.reset();
        }
    }
    const LabelMapper mapper(data.labelCoding);
    const LabelVolume classes = Reorienter::toOriginal(canonical, data.originalGeometry);
    VolumeWriter::writeLabels(mapper.toStored(classes, stored ? &*stored : nullptr), file);
}

std::filesystem::path CaseSource::suggestedCorrectionPath(const std::filesystem::path& source,
                                                          const std::string& caseId) {
    std::string stem = source.filename().string();
    for (const char* extension : {".nii.gz", ".nii", ".mha", ".mhd", ".nrrd"}) {
        const std::string ext = extension;
        if (stem.size() > ext.size() && stem.compare(stem.size() - ext.size(), ext.size(), ext) == 0) {
            stem.resize(stem.size() - ext.size());
            break;
        }
    }
    if (stem.empty()) stem = caseId.empty() ? "labels" : caseId + "_labels";
    const auto folder = source.has_parent_path() ? source.parent_path() : std::filesystem::path(".");
    std::filesystem::path candidate = folder / (stem + "_corrected.nii.gz");
    for (int n = 2; std::filesystem::exists(candidate) && n < 1000; ++n)
        candidate = folder / (stem + "_corrected" + std::to_string(n) + ".nii.gz");
    return candidate;
}

} // namespace crossseg::ui
