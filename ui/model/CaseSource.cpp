#include "ui/model/CaseSource.h"

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
    data->classCount = dataset.classes.size();
    return data;
}

LabelVolume CaseSource::readStoredLabels(const std::filesystem::path& file, const CaseData& data) {
    LabelVolume raw = VolumeReader::readLabels(file);
    if (!raw.geometry().sameGrid(data.originalGeometry))
        throw InputError(file, "the label grid (" + raw.geometry().describe() + ") is not the grid of case " +
                                   data.caseId + " (" + data.originalGeometry.describe() + ")");
    return raw;
}

LabelCodingDetector::Verdict CaseSource::detectCoding(const LabelVolume& stored, const CaseData& data) {
    LabelCodingDetector::Verdict verdict =
        LabelCodingDetector::detect(LabelMapper::valuesIn(stored), data.labelCoding, data.classCount);
    if (verdict.coding != LabelCoding::Ambiguous || data.reference.empty()) return verdict;
    // Both readings fit (BTCV's codes 1..3 are also class indices). A prediction or a correction of this case
    // resembles the case's own label: the reading that agrees with it on more foreground voxels is the one meant.
    const auto agreement = [&](LabelCoding coding) {
        const LabelVolume classes = toCanonicalClasses(stored, data, coding, data.referenceFile);
        std::size_t same = 0;
        const auto& reference = data.reference.voxels();
        for (std::size_t i = 0; i < reference.size(); ++i) same += reference[i] != 0 && classes.voxels()[i] == reference[i];
        return same;
    };
    const std::size_t asIndices = agreement(LabelCoding::ClassIndices);
    const std::size_t asCodes = agreement(LabelCoding::DatasetCodes);
    if (asIndices != asCodes) verdict.coding = asIndices > asCodes ? LabelCoding::ClassIndices : LabelCoding::DatasetCodes;
    return verdict;
}

LabelVolume CaseSource::toCanonicalClasses(const LabelVolume& stored, const CaseData& data, LabelCoding coding,
                                           const std::filesystem::path& file) {
    if (coding == LabelCoding::Unknown || coding == LabelCoding::Ambiguous)
        throw InputError(file, "cannot tell whether the file holds class indices or the label codes of modality " +
                                   data.modality);
    LabelVolume classes = coding == LabelCoding::DatasetCodes ? LabelMapper(data.labelCoding).toClasses(stored, file)
                                                              : stored;
    LabelVolume canonical = Reorienter::toCanonical(classes);
    if (canonical.geometry().size != data.image.geometry().size)
        throw InputError(file, "the label does not match the image of case " + data.caseId + " after reorientation");
    return canonical;
}

LabelVolume CaseSource::readLabelsForCase(const std::filesystem::path& file, const CaseData& data,
                                          LabelCoding coding) {
    return toCanonicalClasses(readStoredLabels(file, data), data, coding, file);
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
