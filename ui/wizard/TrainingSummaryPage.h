#pragma once
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace crossseg::ui {

class TrainingWizard;

// Page 6: where the run folder goes, and everything chosen, before Start (or the export as a Slurm job).
class TrainingSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TrainingSummaryPage(TrainingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateSummary();
    void exportSlurmJob();

    TrainingWizard* wizard_;
    QLineEdit* runsFolderEdit_;
    QLineEdit* runNameEdit_;
    QLabel* summaryLabel_;
};

} // namespace crossseg::ui
