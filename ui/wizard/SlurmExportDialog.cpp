#include "ui/wizard/SlurmExportDialog.h"

#include "ui/model/SlurmExport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crossseg::ui {

namespace {

QSpinBox* spinBox(const QString& objectName, int value, int maximum, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, maximum);
    box->setValue(value);
    return box;
}

} // namespace

SlurmExportDialog::SlurmExportDialog(const SlurmJobSettings& initial, QWidget* parent)
    : QDialog(parent), base_(initial) {
    setObjectName(QStringLiteral("slurmExportDialog"));
    setWindowTitle(tr("Export as Slurm job"));
    nodes_ = spinBox(QStringLiteral("slurmNodes"), initial.nodes, 1024, this);
    gpusPerNode_ = spinBox(QStringLiteral("slurmGpusPerNode"), initial.gpusPerNode, 64, this);
    cpusPerTask_ = spinBox(QStringLiteral("slurmCpusPerTask"), initial.cpusPerTask, 256, this);
    timeLimit_ = addLine(QStringLiteral("slurmTimeLimit"), initial.timeLimit);
    partition_ = addLine(QStringLiteral("slurmPartition"), initial.partition);
    account_ = addLine(QStringLiteral("slurmAccount"), initial.account);
    crossseg_ = addLine(QStringLiteral("slurmCommand"), initial.crossseg);
    sliceCache_ = addLine(QStringLiteral("slurmSliceCache"), initial.sliceCache);
    runFolder_ = addLine(QStringLiteral("slurmRunFolder"), initial.runFolder);
    preparation_ = new QLabel(this);
    preparation_->setWordWrap(true);
    preparation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_ = new QPlainTextEdit(this);
    preview_->setObjectName(QStringLiteral("slurmPreview"));
    preview_->setReadOnly(true);
    preview_->setLineWrapMode(QPlainTextEdit::NoWrap); // a script reads line by line
    preview_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    statusLabel_ = new QLabel(this);
    statusLabel_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Nodes:"), nodes_);
    form->addRow(tr("GPUs per node (one rank each):"), gpusPerNode_);
    form->addRow(tr("CPUs per rank:"), cpusPerTask_);
    form->addRow(tr("Time limit:"), timeLimit_);
    form->addRow(tr("Partition (empty: default):"), partition_);
    form->addRow(tr("Account (empty: default):"), account_);
    form->addRow(tr("crossseg on the cluster:"), crossseg_);
    form->addRow(tr("Slice cache (shared storage):"), sliceCache_);
    form->addRow(tr("Run folder (shared storage):"), runFolder_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Save script..."), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("slurmSaveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Prepare the slice cache here first, then copy it to the shared storage:"), this));
    layout->addWidget(preparation_);
    layout->addWidget(preview_, 1);
    layout->addWidget(statusLabel_);
    layout->addWidget(buttons);
    resize(720, 680);

    for (QSpinBox* box : {nodes_, gpusPerNode_, cpusPerTask_})
        connect(box, &QSpinBox::valueChanged, this, &SlurmExportDialog::updatePreview);
    connect(save, &QPushButton::clicked, this, &SlurmExportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QLineEdit* SlurmExportDialog::addLine(const QString& objectName, const std::string& value) {
    auto* edit = new QLineEdit(QString::fromStdString(value), this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textChanged, this, &SlurmExportDialog::updatePreview);
    return edit;
}

SlurmJobSettings SlurmExportDialog::settings() const {
    SlurmJobSettings s = base_;
    s.nodes = nodes_->value();
    s.gpusPerNode = gpusPerNode_->value();
    s.cpusPerTask = cpusPerTask_->value();
    s.timeLimit = timeLimit_->text().trimmed().toStdString();
    s.partition = partition_->text().trimmed().toStdString();
    s.account = account_->text().trimmed().toStdString();
    s.crossseg = crossseg_->text().trimmed().toStdString();
    s.sliceCache = sliceCache_->text().trimmed().toStdString();
    s.runFolder = runFolder_->text().trimmed().toStdString();
    return s;
}

QString SlurmExportDialog::script() const { return QString::fromStdString(SlurmJobScript::render(settings())); }

void SlurmExportDialog::updatePreview() {
    // Lines are created one after the other; the preview waits until the last exists.
    if (!runFolder_ || !preview_) return;
    preview_->setPlainText(script());
    preparation_->setText(QString::fromStdString(SlurmJobScript::cachePreparationCommand(settings())));
}

bool SlurmExportDialog::saveTo(const QString& file) {
    try {
        SlurmExport::write(settings(), file.toStdString());
        statusLabel_->setText(tr("Saved %1. Submit it on the cluster with: sbatch %2").arg(file, QFileInfo(file).fileName()));
        return true;
    } catch (const std::exception& e) {
        statusLabel_->setText(tr("The script could not be saved: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

void SlurmExportDialog::chooseFileAndSave() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Slurm script"),
                                                      QString::fromStdString(base_.jobName) + QStringLiteral(".sbatch"),
                                                      tr("Slurm batch script (*.sbatch *.sh)"));
    if (!file.isEmpty()) saveTo(file);
}

} // namespace crossseg::ui
