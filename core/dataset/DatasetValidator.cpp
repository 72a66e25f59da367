#include "core/dataset/DatasetValidator.h"

#include "core/dataset/LabelMapper.h"
#include "core/image/GridDifference.h"
#include "core/image/Reorienter.h"
#include "core/io/VolumeReader.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>
#include <optional>

namespace crossseg {

CaseReport DatasetValidator::validateCase(const Dataset& dataset, const DatasetCase& datasetCase) {
    CaseReport report;
    report.caseId = datasetCase.id;
    report.modality = datasetCase.modality;
    report.image = datasetCase.image;
    report.label = datasetCase.label;
    report.problems = datasetCase.problems; // what discovery already found (missing files, ...)
    const auto note = [&](const std::string& problem) {
        if (std::find(report.problems.begin(), report.problems.end(), problem) == report.problems.end())
            report.problems.push_back(problem);
    };
    const DatasetModality* modality = dataset.modality(datasetCase.modality);
    if (!modality) note("unknown modality '" + datasetCase.modality + "'");

    std::optional<ImageVolume> image;
    try {
        image = VolumeReader::readImage(datasetCase.image);
        report.imageReadable = true;
        report.size = image->geometry().size;
        report.spacing = image->geometry().spacing;
        report.geometry = image->geometry();
        report.componentType = VolumeReader::readHeader(datasetCase.image).componentType;
        report.orientationBefore = Reorienter::orientationCode(image->geometry());
        report.orientationAfter = Reorienter::orientationCode(Reorienter::toCanonical(*image).geometry());
    } catch (const InputError& e) {
        note(e.what());
    }
    if (!datasetCase.hasLabel()) return report;
    try {
        const LabelVolume stored = VolumeReader::readLabels(datasetCase.label);
        report.labelValues = LabelMapper::valuesIn(stored);
        if (image && !stored.geometry().sameGrid(image->geometry())) {
            // Two grids can print the same size and spacing and still differ (origin, direction): say what differs.
            report.labelGridDifference = GridDifference::describe(stored.geometry(), image->geometry());
            note(datasetCase.label.string() + ": label grid (" + stored.geometry().describe() +
                 ") differs from its image's grid (" + image->geometry().describe() + "): " +
                 report.labelGridDifference);
        }
        if (modality) {
            const LabelMapper mapper(*modality);
            const auto unknown = mapper.unknownValues(report.labelValues);
            if (mapper.isStrict() && !unknown.empty()) {
                std::string list;
                for (const int v : unknown) list += (list.empty() ? "" : ", ") + std::to_string(v);
                note(datasetCase.label.string() + ": label values the label map does not know: " + list);
            }
        }
    } catch (const InputError& e) {
        note(e.what());
    }
    return report;
}

std::vector<CaseReport> DatasetValidator::validate(Dataset& dataset, TaskControl* control) {
    std::vector<CaseReport> reports;
    reports.reserve(dataset.cases.size());
    std::size_t unhealthy = 0;
    for (std::size_t n = 0; n < dataset.cases.size(); ++n) {
        if (control) {
            control->checkpoint();
            control->report("validate", double(n) / double(dataset.cases.size()), "checking " + dataset.cases[n].id);
        }
        reports.push_back(validateCase(dataset, dataset.cases[n]));
        dataset.cases[n].problems = reports.back().problems;
        if (!reports.back().healthy()) {
            ++unhealthy;
            log::warn("case " + dataset.cases[n].id + ": " + reports.back().problems.front());
        }
    }
    if (control) control->report("validate", 1.0, std::to_string(unhealthy) + " of " +
                                                       std::to_string(dataset.cases.size()) + " cases have problems");
    return reports;
}

} // namespace crossseg
