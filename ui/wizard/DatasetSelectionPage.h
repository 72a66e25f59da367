#pragma once
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace crossseg::ui {

class TrainingWizard;

// Page 1: the dataset(s) to train from: one dataset with both modalities, or two datasets (one per modality).
class DatasetSelectionPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DatasetSelectionPage(TrainingWizard* wizard);

    void addDatasetPath(const QString& path);
    QStringList datasetPaths() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browseFolder();
    void browseManifest();
    void removeSelected();

    TrainingWizard* wizard_;
    QListWidget* list_;
    QLineEdit* pathEdit_;
    QLabel* errorLabel_;
};

} // namespace crossseg::ui
