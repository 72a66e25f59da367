#pragma once
#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;

namespace crossseg::ui {

class TrainingWizard;

// Page 4: the method (mkd-iam by default, or a baseline), the profile (a name or a JSON profile file), K and the seed.
class MethodSelectionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MethodSelectionPage(TrainingWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

    static QString methodDescription(const QString& method);
    static QString profileDescription(const QString& profile);

private:
    void updateDescriptions();

    TrainingWizard* wizard_;
    QComboBox* methodCombo_;
    QComboBox* profileCombo_;
    QSpinBox* labeledTargetSpin_;
    QSpinBox* seedSpin_;
    QLabel* methodLabel_;
    QLabel* profileLabel_;
    QLabel* profileErrorLabel_;
};

} // namespace crossseg::ui
