#include "ui/wizard/LabelSetCheckPage.h"

#include "ui/model/LabelSetCheck.h"
#include "ui/wizard/TrainingWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossseg::ui {

namespace {

QString describeValues(int classIndex, const std::vector<int>& values) {
    if (classIndex < 0) return LabelSetCheckPage::tr("(missing)");
    QStringList parts;
    for (int v : values) parts << QString::number(v);
    return LabelSetCheckPage::tr("class %1 <- values %2").arg(classIndex).arg(parts.isEmpty() ? "-" : parts.join(", "));
}

} // namespace

LabelSetCheckPage::LabelSetCheckPage(TrainingWizard* wizard) : wizard_(wizard) {
    setTitle(tr("Label sets"));
    setSubTitle(tr("Both modalities must label the same structures: each shared class is listed with the label "
                   "values that map onto it in the target and in the assistant."));
    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName("labelMappingTable");
    table_->setHorizontalHeaderLabels({tr("Shared class"), tr("Target"), tr("Assistant"), tr("Status")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    verdictLabel_ = new QLabel(this);
    verdictLabel_->setObjectName("labelSetVerdictLabel");
    verdictLabel_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(verdictLabel_);
}

void LabelSetCheckPage::initializePage() {
    const Dataset* target = wizard_->targetDataset();
    const Dataset* assistant = wizard_->assistantDataset();
    table_->setRowCount(0);
    matches_ = false;
    if (!target || !assistant) {
        verdictLabel_->setText(tr("No dataset is open."));
        Q_EMIT completeChanged();
        return;
    }
    const TrainingChoices& c = wizard_->choices();
    const LabelSetCheck check = LabelSetCheck::compare(*target, c.targetModality.toStdString(), *assistant,
                                                       c.assistantModality.toStdString());
    for (const auto& row : check.rows()) {
        const int r = table_->rowCount();
        table_->insertRow(r);
        table_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(row.className)));
        table_->setItem(r, 1, new QTableWidgetItem(describeValues(row.targetClassIndex, row.targetValues)));
        table_->setItem(r, 2, new QTableWidgetItem(describeValues(row.assistantClassIndex, row.assistantValues)));
        auto* status = new QTableWidgetItem(row.matches ? tr("matches") : tr("MISMATCH"));
        status->setForeground(row.matches ? QColor(0, 120, 0) : QColor(176, 0, 32));
        table_->setItem(r, 3, status);
    }
    matches_ = check.matches();
    if (matches_) {
        verdictLabel_->setStyleSheet({});
        verdictLabel_->setText(tr("Both label sets map onto the same %n class(es).", nullptr,
                                  static_cast<int>(check.rows().size())));
    } else {
        QStringList problems;
        for (const auto& p : check.problems()) problems << QString::fromStdString(p);
        verdictLabel_->setStyleSheet("color: #b00020;");
        verdictLabel_->setText(tr("The label sets do not match; training cannot start:\n%1").arg(problems.join("\n")));
    }
    Q_EMIT completeChanged();
}

bool LabelSetCheckPage::isComplete() const { return matches_; }

} // namespace crossseg::ui
