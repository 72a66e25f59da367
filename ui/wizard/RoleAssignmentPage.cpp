#include "ui/wizard/RoleAssignmentPage.h"

#include "ui/wizard/TrainingWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace crossseg::ui {

namespace {

QStringList entryKey(int datasetIndex, const std::string& modality) {
    return {QString::number(datasetIndex), QString::fromStdString(modality)};
}

} // namespace

RoleAssignmentPage::RoleAssignmentPage(TrainingWizard* wizard) : wizard_(wizard) {
    setTitle(tr("Roles"));
    setSubTitle(tr("The target modality is the one to segment (few or no labels, e.g. CT); the assistant modality "
                   "is labelled and lends its knowledge (e.g. MR)."));
    targetCombo_ = new QComboBox(this);
    targetCombo_->setObjectName("targetCombo");
    assistantCombo_ = new QComboBox(this);
    assistantCombo_->setObjectName("assistantCombo");
    hintLabel_ = new QLabel(this);
    hintLabel_->setObjectName("rolesHintLabel");
    hintLabel_->setWordWrap(true);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Target:"), targetCombo_);
    layout->addRow(tr("Assistant:"), assistantCombo_);
    layout->addRow(hintLabel_);
    auto changed = [this] {
        hintLabel_->setText(isComplete() ? QString() : tr("Target and assistant must be different modalities."));
        Q_EMIT completeChanged();
    };
    connect(targetCombo_, &QComboBox::currentIndexChanged, this, changed);
    connect(assistantCombo_, &QComboBox::currentIndexChanged, this, changed);
}

void RoleAssignmentPage::fill(QComboBox* combo, int datasetIndex, const QString& modality, bool wantTarget) {
    combo->blockSignals(true);
    combo->clear();
    int preferred = -1;
    const auto& datasets = wizard_->datasets();
    for (int d = 0; d < static_cast<int>(datasets.size()); ++d) {
        const Dataset& dataset = datasets[d];
        for (const auto& [name, info] : dataset.modalities) {
            int labelled = 0;
            const auto cases = dataset.casesOfModality(name);
            for (const DatasetCase* c : cases) labelled += c->hasLabel() ? 1 : 0;
            const QString text = tr("%1: %2 (%3 cases, %4 labelled)")
                                     .arg(QString::fromStdString(dataset.name), QString::fromStdString(name))
                                     .arg(cases.size())
                                     .arg(labelled);
            combo->addItem(text, entryKey(d, name));
            const bool chosen = d == datasetIndex && QString::fromStdString(name) == modality;
            const bool roleFits = info.role == (wantTarget ? ModalityRole::Target : ModalityRole::Assistant);
            if (chosen || (preferred < 0 && modality.isEmpty() && roleFits)) preferred = combo->count() - 1;
        }
    }
    if (preferred < 0) preferred = wantTarget ? 0 : std::min(1, combo->count() - 1);
    combo->setCurrentIndex(preferred);
    combo->blockSignals(false);
}

void RoleAssignmentPage::initializePage() {
    const TrainingChoices& c = wizard_->choices();
    fill(targetCombo_, c.targetDatasetIndex, c.targetModality, true);
    fill(assistantCombo_, c.assistantDatasetIndex, c.assistantModality, false);
    Q_EMIT completeChanged();
}

bool RoleAssignmentPage::isComplete() const {
    return targetCombo_->currentIndex() >= 0 && assistantCombo_->currentIndex() >= 0 &&
           targetCombo_->currentData() != assistantCombo_->currentData();
}

bool RoleAssignmentPage::validatePage() {
    const QStringList target = targetCombo_->currentData().toStringList();
    const QStringList assistant = assistantCombo_->currentData().toStringList();
    TrainingChoices& c = wizard_->choices();
    c.targetDatasetIndex = target.value(0).toInt();
    c.targetModality = target.value(1);
    c.assistantDatasetIndex = assistant.value(0).toInt();
    c.assistantModality = assistant.value(1);
    return true;
}

} // namespace crossseg::ui
