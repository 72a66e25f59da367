#include "ui/dataset/DatasetPanel.h"

#include "core/dataset/Dataset.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crossseg::ui {
namespace {
enum Column { CaseColumn = 0, LabelColumn = 1, ProblemsColumn = 2 };
constexpr int kCaseIdRole = Qt::UserRole + 1;

QString roleText(ModalityRole role) {
    switch (role) {
    case ModalityRole::Target: return DatasetPanel::tr("target");
    case ModalityRole::Assistant: return DatasetPanel::tr("assistant");
    case ModalityRole::Unassigned: break;
    }
    return DatasetPanel::tr("no role");
}
} // namespace

DatasetPanel::DatasetPanel(QWidget* parent) : QWidget(parent) {
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("datasetTree"));
    tree_->setColumnCount(3);
    tree_->setHeaderLabels({tr("Case"), tr("Label"), tr("Problems")});
    tree_->header()->setSectionResizeMode(CaseColumn, QHeaderView::ResizeToContents);
    tree_->setToolTip(tr("Double-click a case to open it"));
    // Wide enough to read a case name ("ct_train_1001") and its label status whatever else docks beside it: a dock
    // never gets narrower than its content's minimum.
    setMinimumWidth(kMinimumWidth);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(title_);
    layout->addWidget(tree_, 1);
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString caseId = item->data(CaseColumn, kCaseIdRole).toString();
        if (!caseId.isEmpty()) Q_EMIT caseActivated(caseId);
    });
    clear();
}

void DatasetPanel::clear() {
    tree_->clear();
    title_->setText(tr("No dataset open. Use File → Open dataset, or drop a dataset folder or manifest here."));
}

void DatasetPanel::showDataset(const Dataset& dataset, const QString& path) {
    tree_->clear();
    title_->setText(tr("<b>%1</b> (%2, %n case(s))", nullptr, static_cast<int>(dataset.cases.size()))
                        .arg(QString::fromStdString(dataset.name).toHtmlEscaped(),
                             QString::fromStdString(dataset.layout)));
    title_->setToolTip(path);
    for (const auto& [name, modality] : dataset.modalities) {
        const auto cases = dataset.casesOfModality(name);
        auto* group = new QTreeWidgetItem(tree_);
        group->setText(CaseColumn, tr("%1 (%2) — %n case(s)", nullptr, static_cast<int>(cases.size()))
                                       .arg(QString::fromStdString(name).toUpper(), roleText(modality.role)));
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(CaseColumn);
        bold.setBold(true);
        group->setFont(CaseColumn, bold);
        for (const DatasetCase* datasetCase : cases) {
            auto* item = new QTreeWidgetItem(group);
            const QString id = QString::fromStdString(datasetCase->id);
            item->setText(CaseColumn, id);
            item->setData(CaseColumn, kCaseIdRole, id);
            item->setToolTip(CaseColumn, QString::fromStdString(datasetCase->image.string()));
            item->setText(LabelColumn, datasetCase->hasLabel() ? tr("labelled") : tr("no label"));
            if (datasetCase->hasLabel())
                item->setToolTip(LabelColumn, QString::fromStdString(datasetCase->label.string()));
            QStringList problems;
            for (const auto& problem : datasetCase->problems) problems << QString::fromStdString(problem);
            if (!problems.isEmpty()) {
                item->setText(ProblemsColumn, tr("%n problem(s)", nullptr, static_cast<int>(problems.size())));
                item->setToolTip(ProblemsColumn, problems.join(QLatin1Char('\n')));
                item->setForeground(ProblemsColumn, QColor(192, 57, 43));
            }
        }
        group->setExpanded(true);
    }
    tree_->resizeColumnToContents(LabelColumn);
}

QTreeWidgetItem* DatasetPanel::itemForCase(const QString& caseId) const {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        auto* group = tree_->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->data(CaseColumn, kCaseIdRole).toString() == caseId) return group->child(c);
    }
    return nullptr;
}

void DatasetPanel::markCurrentCase(const QString& caseId) {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        auto* group = tree_->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            auto* item = group->child(c);
            QFont font = item->font(CaseColumn);
            font.setBold(item->data(CaseColumn, kCaseIdRole).toString() == caseId);
            item->setFont(CaseColumn, font);
        }
    }
    if (auto* item = itemForCase(caseId)) tree_->setCurrentItem(item);
}

void DatasetPanel::addCaseProblem(const QString& caseId, const QString& problem) {
    auto* item = itemForCase(caseId);
    if (!item) return;
    QStringList problems = item->toolTip(ProblemsColumn).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (problems.contains(problem)) return;
    problems << problem;
    item->setText(ProblemsColumn, tr("%n problem(s)", nullptr, static_cast<int>(problems.size())));
    item->setToolTip(ProblemsColumn, problems.join(QLatin1Char('\n')));
    item->setForeground(ProblemsColumn, QColor(192, 57, 43));
}

int DatasetPanel::caseCount() const { return static_cast<int>(caseIds().size()); }

QStringList DatasetPanel::caseIds(const QString& modality) const {
    QStringList ids;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        auto* group = tree_->topLevelItem(g);
        if (!modality.isEmpty() && !group->text(CaseColumn).startsWith(modality.toUpper() + QLatin1Char(' ')))
            continue;
        for (int c = 0; c < group->childCount(); ++c) ids << group->child(c)->data(CaseColumn, kCaseIdRole).toString();
    }
    return ids;
}

} // namespace crossseg::ui
