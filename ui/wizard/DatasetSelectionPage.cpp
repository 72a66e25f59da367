#include "ui/wizard/DatasetSelectionPage.h"

#include "ui/wizard/TrainingWizard.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossseg::ui {

namespace {
// Mutual distillation pairs exactly one target with one assistant, so at most two datasets make sense.
constexpr int kMaxDatasets = 2;
}

DatasetSelectionPage::DatasetSelectionPage(TrainingWizard* wizard) : wizard_(wizard) {
    setTitle(tr("Datasets"));
    setSubTitle(tr("Choose one dataset that holds both modalities, or two datasets with one modality each "
                   "(a manifest JSON, an MM-WHS folder or an nnU-Net folder)."));

    list_ = new QListWidget(this);
    list_->setObjectName("datasetList");
    pathEdit_ = new QLineEdit(this);
    pathEdit_->setObjectName("datasetPathEdit");
    pathEdit_->setPlaceholderText(tr("Path of a dataset folder or manifest"));
    auto* addButton = new QPushButton(tr("Add"), this);
    addButton->setObjectName("addDatasetButton");
    auto* folderButton = new QPushButton(tr("Folder..."), this);
    auto* manifestButton = new QPushButton(tr("Manifest..."), this);
    auto* removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setObjectName("removeDatasetButton");
    errorLabel_ = new QLabel(this);
    errorLabel_->setObjectName("datasetErrorLabel");
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet("color: #b00020;");

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(pathEdit_, 1);
    pathRow->addWidget(addButton);
    pathRow->addWidget(folderButton);
    pathRow->addWidget(manifestButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 1);
    layout->addLayout(pathRow);
    layout->addWidget(removeButton, 0, Qt::AlignLeft);
    layout->addWidget(errorLabel_);

    connect(addButton, &QPushButton::clicked, this, [this] {
        addDatasetPath(pathEdit_->text().trimmed());
        pathEdit_->clear();
    });
    connect(pathEdit_, &QLineEdit::returnPressed, addButton, &QPushButton::click);
    connect(folderButton, &QPushButton::clicked, this, &DatasetSelectionPage::browseFolder);
    connect(manifestButton, &QPushButton::clicked, this, &DatasetSelectionPage::browseManifest);
    connect(removeButton, &QPushButton::clicked, this, &DatasetSelectionPage::removeSelected);
}

void DatasetSelectionPage::addDatasetPath(const QString& path) {
    if (path.isEmpty() || datasetPaths().contains(path)) return;
    if (list_->count() >= kMaxDatasets) {
        errorLabel_->setText(tr("At most two datasets: one for the target, one for the assistant."));
        return;
    }
    list_->addItem(path);
    errorLabel_->clear();
    Q_EMIT completeChanged();
}

QStringList DatasetSelectionPage::datasetPaths() const {
    QStringList paths;
    for (int i = 0; i < list_->count(); ++i) paths << list_->item(i)->text();
    return paths;
}

void DatasetSelectionPage::initializePage() {
    list_->clear();
    for (const QString& path : wizard_->choices().datasetPaths) addDatasetPath(path);
}

bool DatasetSelectionPage::isComplete() const { return list_->count() >= 1 && list_->count() <= kMaxDatasets; }

bool DatasetSelectionPage::validatePage() {
    const QStringList paths = datasetPaths();
    if (paths != wizard_->choices().datasetPaths) {
        // Other datasets: earlier role choices refer to datasets that may be gone.
        wizard_->choices().targetModality.clear();
        wizard_->choices().assistantModality.clear();
        wizard_->choices().profile.clear(); // proposed again for the new target (demo for the demo phantom)
    }
    wizard_->choices().datasetPaths = paths;
    QString error;
    if (!wizard_->openDatasets(&error)) {
        errorLabel_->setText(tr("Cannot open the dataset: %1").arg(error));
        return false;
    }
    errorLabel_->clear();
    return true;
}

void DatasetSelectionPage::browseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dataset folder"));
    if (!folder.isEmpty()) addDatasetPath(folder);
}

void DatasetSelectionPage::browseManifest() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Dataset manifest"), {}, tr("Manifest (*.json);;All files (*)"));
    if (!file.isEmpty()) addDatasetPath(file);
}

void DatasetSelectionPage::removeSelected() {
    delete list_->currentItem();
    Q_EMIT completeChanged();
}

} // namespace crossseg::ui
