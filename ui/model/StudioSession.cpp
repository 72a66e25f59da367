#include "ui/model/StudioSession.h"

namespace crossseg::ui {

void StudioSession::setDataset(std::shared_ptr<const Dataset> dataset, std::string path) {
    dataset_ = std::move(dataset);
    datasetPath_ = std::move(path);
    pending_.reset(); // a prediction waits for a case of the dataset it was made for
}

const DatasetCase* StudioSession::findCase(const std::string& caseId) const {
    return dataset_ ? dataset_->findCase(caseId) : nullptr;
}

const DatasetCase* StudioSession::firstTargetCase() const {
    if (!dataset_ || dataset_->cases.empty()) return nullptr;
    std::string modality = dataset_->modalityWithRole(ModalityRole::Target).value_or(std::string());
    if (modality.empty()) modality = dataset_->modalities.empty() ? dataset_->cases.front().modality
                                                                  : dataset_->modalities.begin()->first;
    const auto cases = dataset_->casesOfModality(modality);
    if (cases.empty()) return &dataset_->cases.front();
    // A labelled case shows the label overlay at once, which is what a user checks first.
    for (const DatasetCase* candidate : cases)
        if (candidate->hasLabel()) return candidate;
    return cases.front();
}

std::uint64_t StudioSession::requestCase(const std::string& caseId) {
    requestedCaseId_ = caseId;
    return ++latestTicket_;
}

void StudioSession::setCase(std::shared_ptr<CaseData> data) {
    case_ = std::move(data);
    obliquity_.reset();
    // The file's own grid: a case built without one (tests, predictions of loose images) is judged on its
    // canonical grid, which has the same tilt (reorientation only permutes and flips axes).
    if (case_) obliquity_.emplace(case_->originalGeometry.size[0] > 0 ? case_->originalGeometry : case_->image.geometry());
}

const DatasetCase* StudioSession::currentDatasetCase() const { return case_ ? findCase(case_->caseId) : nullptr; }

std::optional<StudioSession::PendingPrediction> StudioSession::takePendingPrediction(const std::string& caseId) {
    if (!pending_ || pending_->caseId != caseId) return std::nullopt;
    std::optional<PendingPrediction> out = std::move(pending_);
    pending_.reset();
    return out;
}

} // namespace crossseg::ui
