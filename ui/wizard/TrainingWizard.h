#pragma once
#include "core/dataset/Dataset.h"
#include "ui/wizard/TrainingChoices.h"
#include "ui/model/TrainingRequest.h"

#include <QWizard>

#include <filesystem>
#include <functional>
#include <vector>

namespace crossseg::ui {

// The training wizard: datasets -> roles -> label-set check -> method and profile -> device -> summary -> Start.
// Each page is its own class; they share the choices and the opened datasets through this wizard.
class TrainingWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { DatasetsPage, RolesPage, LabelSetPage, MethodPage, DevicePage, SummaryPage };
    using DatasetOpener = std::function<Dataset(const std::filesystem::path&)>;

    // opener turns a path into a Dataset (throws InputError); tests pass their own, the Studio uses CaseSource.
    explicit TrainingWizard(DatasetOpener opener, QWidget* parent = nullptr);

    TrainingChoices& choices() { return choices_; }
    const TrainingChoices& choices() const { return choices_; }
    const std::vector<Dataset>& datasets() const { return datasets_; }

    // Opens every dataset in choices().datasetPaths; on failure returns false and sets error (path: cause).
    bool openDatasets(QString* error);
    const Dataset* targetDataset() const;
    const Dataset* assistantDataset() const;

    // The request the Start button produces (valid after the wizard was accepted). Throws InputError.
    TrainingRequest request() const;

    void accept() override;

    // Where choices persist; tests point it at a temporary file. Default: the application's QSettings.
    static void setSettingsFile(const QString& file);
    static QString settingsFile();

Q_SIGNALS:
    void trainingRequested();

private:
    DatasetOpener opener_;
    TrainingChoices choices_;
    std::vector<Dataset> datasets_;
    QStringList openedPaths_;
};

} // namespace crossseg::ui
