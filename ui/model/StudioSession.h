#pragma once
// What the Studio has open, held once: the dataset (and the path it was opened from), the case on display, a
// prediction waiting for its case to load, and the runs folder. Qt-free, in the manner of ITK-SNAP's GUI model:
// ViewerState adapts it to Qt signals, MainWindow and the training side read it, and the tests drive it directly.
#include "ui/model/CaseData.h"
#include "core/image/Obliquity.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace crossseg::ui {

class StudioSession {
public:
    struct PendingPrediction {
        std::string caseId;
        LabelVolume labels;      // class indices on the case's canonical grid
        std::string sourceFile;  // where the prediction was written; empty when nowhere
    };

    // --- The dataset ---
    void setDataset(std::shared_ptr<const Dataset> dataset, std::string path);
    const Dataset* dataset() const { return dataset_.get(); }
    std::shared_ptr<const Dataset> sharedDataset() const { return dataset_; }
    const std::string& datasetPath() const { return datasetPath_; }
    const DatasetCase* findCase(const std::string& caseId) const; // nullptr without a dataset or such a case
    // The case a freshly opened dataset shows: the first case of its target modality (the modality with the
    // target role; the first modality when none has it), preferring a labelled one. nullptr for an empty dataset.
    const DatasetCase* firstTargetCase() const;

    // --- The case on display ---
    // Case loads run in the background and may finish out of order: each request gets a ticket, and only the
    // result of the latest request is shown (acceptsLoad).
    std::uint64_t requestCase(const std::string& caseId);
    bool acceptsLoad(std::uint64_t ticket) const { return ticket == latestTicket_; }
    const std::string& requestedCaseId() const { return requestedCaseId_; } // the latest request
    void setCase(std::shared_ptr<CaseData> data);
    const std::shared_ptr<CaseData>& caseData() const { return case_; }
    std::string caseId() const { return case_ ? case_->caseId : std::string(); }
    const DatasetCase* currentDatasetCase() const; // the case in the dataset; nullptr when not from the dataset
    // How far the case's grid is tilted from the nearest orthogonal orientation, in which the views show it (as
    // ITK-SNAP does); nothing without a case. Computed from the file's own grid when the case is set.
    const std::optional<Obliquity>& caseObliquity() const { return obliquity_; }

    // --- A prediction for a case that is still loading ---
    void setPendingPrediction(PendingPrediction prediction) { pending_ = std::move(prediction); }
    // The pending prediction when it belongs to `caseId` (it is handed over once); otherwise nothing.
    std::optional<PendingPrediction> takePendingPrediction(const std::string& caseId);

    // --- Where training runs go ---
    void setRunsFolder(std::filesystem::path folder) { runsFolder_ = std::move(folder); }
    const std::filesystem::path& runsFolder() const { return runsFolder_; }

private:
    std::shared_ptr<const Dataset> dataset_;
    std::string datasetPath_;
    std::shared_ptr<CaseData> case_;
    std::optional<Obliquity> obliquity_;
    std::uint64_t latestTicket_ = 0;
    std::string requestedCaseId_;
    std::optional<PendingPrediction> pending_;
    std::filesystem::path runsFolder_;
};

} // namespace crossseg::ui
