#include "ui/wizard/TrainingWizard.h"

#include "core/dataset/DatasetCachePreparer.h"
#include "ui/wizard/DatasetSelectionPage.h"
#include "ui/wizard/DeviceSelectionPage.h"
#include "ui/wizard/LabelSetCheckPage.h"
#include "ui/wizard/MethodSelectionPage.h"
#include "ui/wizard/RoleAssignmentPage.h"
#include "ui/model/TrainingDatasetComposer.h"
#include "ui/wizard/TrainingSummaryPage.h"
#include "core/learn/Method.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/UserDataPaths.h"

#include <QSettings>

#include <memory>

namespace crossseg::ui {

namespace {

QString& settingsFileOverride() {
    static QString file;
    return file;
}

std::unique_ptr<QSettings> openSettings() {
    if (!settingsFileOverride().isEmpty())
        return std::make_unique<QSettings>(settingsFileOverride(), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace

void TrainingWizard::setSettingsFile(const QString& file) { settingsFileOverride() = file; }
QString TrainingWizard::settingsFile() { return settingsFileOverride(); }

TrainingWizard::TrainingWizard(DatasetOpener opener, QWidget* parent) : QWizard(parent), opener_(std::move(opener)) {
    setObjectName("trainingWizard");
    setWindowTitle(tr("New training"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Start"));

    auto settings = openSettings();
    choices_ = TrainingChoices::load(*settings);
    if (choices_.runsFolder.isEmpty())
        choices_.runsFolder = QString::fromStdString((UserDataPaths::dataDirectory() / "runs").string());

    setPage(DatasetsPage, new DatasetSelectionPage(this));
    setPage(RolesPage, new RoleAssignmentPage(this));
    setPage(LabelSetPage, new LabelSetCheckPage(this));
    setPage(MethodPage, new MethodSelectionPage(this));
    setPage(DevicePage, new DeviceSelectionPage(this));
    setPage(SummaryPage, new TrainingSummaryPage(this));
    setStartId(DatasetsPage);
    resize(760, 560);
}

bool TrainingWizard::openDatasets(QString* error) {
    if (openedPaths_ == choices_.datasetPaths && datasets_.size() == static_cast<std::size_t>(openedPaths_.size()))
        return true;
    std::vector<Dataset> opened;
    for (const QString& path : choices_.datasetPaths) {
        try {
            opened.push_back(opener_(std::filesystem::path(path.toStdString())));
        } catch (const std::exception& e) {
            if (error) *error = QString::fromStdString(e.what());
            log::warn(std::string("training wizard: ") + e.what());
            return false;
        }
    }
    datasets_ = std::move(opened);
    openedPaths_ = choices_.datasetPaths;
    return true;
}

const Dataset* TrainingWizard::targetDataset() const {
    const int i = choices_.targetDatasetIndex;
    return i >= 0 && i < static_cast<int>(datasets_.size()) ? &datasets_[i] : nullptr;
}

const Dataset* TrainingWizard::assistantDataset() const {
    const int i = choices_.assistantDatasetIndex;
    return i >= 0 && i < static_cast<int>(datasets_.size()) ? &datasets_[i] : nullptr;
}

TrainingRequest TrainingWizard::request() const {
    const Dataset* target = targetDataset();
    const Dataset* assistant = assistantDataset();
    if (!target || !assistant) throw InputError("the training wizard has no dataset open");
    TrainingRequest request;
    request.dataset = TrainingDatasetComposer::compose(*target, choices_.targetModality.toStdString(), *assistant,
                                                       choices_.assistantModality.toStdString());
    request.cacheRoot = DatasetCachePreparer::defaultCacheRoot(); // shared with the command line
    TrainingConfig& config = request.config;
    config.method = MethodTraits::parse(choices_.method.toStdString()); // the wizard's one parse (InputError)
    config.profile = choices_.profile.toStdString();
    config.labeledTarget = choices_.labeledTarget;
    config.seed = static_cast<std::uint64_t>(choices_.seed);
    config.device = choices_.device.toStdString();
    config.runDir = std::filesystem::path(choices_.runDirectory().toStdString());
    return request;
}

void TrainingWizard::accept() {
    // QWizard::accept() would validate the summary page only after this override ran: validate first, so that
    // the choices saved and requested include what was typed on the last page.
    if (!validateCurrentPage()) return;
    auto settings = openSettings();
    choices_.save(*settings);
    settings->sync();
    // Before closing: with WA_DeleteOnClose the wizard is on its way out once QWizard::accept() returns.
    Q_EMIT trainingRequested();
    QDialog::accept();
}

} // namespace crossseg::ui
