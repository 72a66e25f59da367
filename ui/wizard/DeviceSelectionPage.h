#pragma once
#include <QWizardPage>

class QListWidget;

namespace crossseg::ui {

class TrainingWizard;

// Page 5: where to train: the CPU, or one of the CUDA devices (with its memory).
class DeviceSelectionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DeviceSelectionPage(TrainingWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    TrainingWizard* wizard_;
    QListWidget* list_;
};

} // namespace crossseg::ui
