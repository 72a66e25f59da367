#pragma once
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace crossseg::ui {

class TrainingWizard;

// Page 2: which modality is the target (segmented at the end, e.g. CT) and which the assistant (labelled, helps).
class RoleAssignmentPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RoleAssignmentPage(TrainingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fill(QComboBox* combo, int datasetIndex, const QString& modality, bool wantTarget);

    TrainingWizard* wizard_;
    QComboBox* targetCombo_;
    QComboBox* assistantCombo_;
    QLabel* hintLabel_;
};

} // namespace crossseg::ui
