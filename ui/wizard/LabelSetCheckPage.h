#pragma once
#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace crossseg::ui {

class TrainingWizard;

// Page 3: shows how both label sets map onto the shared classes and refuses to continue when they do not match.
class LabelSetCheckPage : public QWizardPage {
    Q_OBJECT
public:
    explicit LabelSetCheckPage(TrainingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    TrainingWizard* wizard_;
    QTableWidget* table_;
    QLabel* verdictLabel_;
    bool matches_ = false;
};

} // namespace crossseg::ui
