#include "ui/wizard/TrainingSummaryPage.h"

#include "ui/model/SlurmExport.h"
#include "ui/wizard/SlurmExportDialog.h"
#include "ui/wizard/TrainingWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace crossseg::ui {

TrainingSummaryPage::TrainingSummaryPage(TrainingWizard* wizard) : wizard_(wizard) {
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the choices and press Start. The training runs in the background; you can keep working."));
    runsFolderEdit_ = new QLineEdit(this);
    runsFolderEdit_->setObjectName("runsFolderEdit");
    auto* browse = new QPushButton(tr("Browse..."), this);
    runNameEdit_ = new QLineEdit(this);
    runNameEdit_->setObjectName("runNameEdit");
    summaryLabel_ = new QLabel(this);
    summaryLabel_->setObjectName("summaryLabel");
    summaryLabel_->setWordWrap(true);
    summaryLabel_->setTextFormat(Qt::RichText);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(runsFolderEdit_, 1);
    folderRow->addWidget(browse);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Runs folder:"), folderRow);
    layout->addRow(tr("Run name:"), runNameEdit_);
    layout->addRow(summaryLabel_);
    // The same training, run on a cluster instead of here (issue 11): one rank per GPU under Slurm.
    auto* exportButton = new QPushButton(tr("Export as Slurm job..."), this);
    exportButton->setObjectName("exportSlurmButton");
    layout->addRow(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &TrainingSummaryPage::exportSlurmJob);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Runs folder"), runsFolderEdit_->text());
        if (!folder.isEmpty()) runsFolderEdit_->setText(folder);
    });
    connect(runsFolderEdit_, &QLineEdit::textChanged, this, &TrainingSummaryPage::updateSummary);
    connect(runNameEdit_, &QLineEdit::textChanged, this, &TrainingSummaryPage::updateSummary);
}

void TrainingSummaryPage::initializePage() {
    const TrainingChoices& c = wizard_->choices();
    runsFolderEdit_->setText(c.runsFolder);
    // A fresh name every time: reusing the last run's folder would mix two runs' checkpoints.
    runNameEdit_->setText(c.suggestedRunName());
    updateSummary();
}

bool TrainingSummaryPage::isComplete() const {
    const QString folder = runsFolderEdit_->text().trimmed();
    const QString name = runNameEdit_->text().trimmed();
    return !folder.isEmpty() && !name.isEmpty() && !QFileInfo::exists(QDir(folder).filePath(name + "/config.json"));
}

bool TrainingSummaryPage::validatePage() {
    TrainingChoices& c = wizard_->choices();
    c.runsFolder = runsFolderEdit_->text().trimmed();
    c.runName = runNameEdit_->text().trimmed();
    return true;
}

void TrainingSummaryPage::exportSlurmJob() {
    if (!validatePage()) return;
    try {
        const TrainingChoices& c = wizard_->choices();
        const QString dataset = c.datasetPaths.value(c.targetDatasetIndex);
        const SlurmJobSettings settings = SlurmExport::settingsFor(wizard_->request().config, dataset.toStdString());
        auto* dialog = new SlurmExportDialog(settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } catch (const std::exception& e) {
        summaryLabel_->setText(summaryLabel_->text() + QStringLiteral("<br><font color='#b00020'>%1</font>")
                                                           .arg(QString::fromStdString(e.what()).toHtmlEscaped()));
    }
}

void TrainingSummaryPage::updateSummary() {
    const TrainingChoices& c = wizard_->choices();
    const QString runDir = QDir(runsFolderEdit_->text().trimmed()).filePath(runNameEdit_->text().trimmed());
    QString text;
    text += tr("<b>Target:</b> %1<br>").arg(c.targetModality.toHtmlEscaped());
    text += tr("<b>Assistant:</b> %1<br>").arg(c.assistantModality.toHtmlEscaped());
    text += tr("<b>Method:</b> %1, <b>profile:</b> %2<br>").arg(c.method, c.profile);
    text += tr("<b>Labelled target cases (K):</b> %1, <b>seed:</b> %2<br>").arg(c.labeledTarget).arg(c.seed);
    text += tr("<b>Device:</b> %1<br>").arg(c.device);
    text += tr("<b>Run folder:</b> %1").arg(runDir.toHtmlEscaped());
    if (QFileInfo::exists(QDir(runDir).filePath("config.json")))
        text += tr("<br><font color='#b00020'>This run folder already holds a run: choose another name, or "
                   "resume it from the runs panel.</font>");
    summaryLabel_->setText(text);
    Q_EMIT completeChanged();
}

} // namespace crossseg::ui
