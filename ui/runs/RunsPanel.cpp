#include "ui/runs/RunsPanel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossseg::ui {

namespace {
enum Column { NameColumn, MethodColumn, KColumn, ProfileColumn, StateColumn, IterationColumn, DiceColumn, ColumnCount };
}

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("runsPanel");
    folderLabel_ = new QLabel(this);
    folderLabel_->setWordWrap(true);
    auto* chooseFolder = new QPushButton(tr("Folder..."), this);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName("runsTable");
    table_->setHorizontalHeaderLabels(
        {tr("Run"), tr("Method"), tr("K"), tr("Profile"), tr("State"), tr("Iteration"), tr("Best Dice")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    resumeButton_ = new QPushButton(tr("Resume"), this);
    resumeButton_->setObjectName("resumeRunButton");
    predictButton_ = new QPushButton(tr("Predict..."), this);
    predictButton_->setObjectName("predictRunButton");
    alignmentButton_ = new QPushButton(tr("Alignment"), this);
    alignmentButton_->setObjectName("alignmentRunButton");

    auto* top = new QHBoxLayout;
    top->addWidget(folderLabel_, 1);
    top->addWidget(chooseFolder);
    top->addWidget(refreshButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(resumeButton_);
    buttons->addWidget(predictButton_);
    buttons->addWidget(alignmentButton_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);

    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Runs folder"), runsFolder_);
        if (!folder.isEmpty()) setRunsFolder(folder);
    });
    connect(refreshButton, &QPushButton::clicked, this, &RunsPanel::refresh);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &RunsPanel::updateButtons);
    connect(resumeButton_, &QPushButton::clicked, this, [this] {
        if (const RunFolderSummary* run = selectedRun())
            Q_EMIT resumeRequested(QString::fromStdString(run->folder.string()));
    });
    connect(predictButton_, &QPushButton::clicked, this, [this] {
        if (const RunFolderSummary* run = selectedRun())
            Q_EMIT predictRequested(QString::fromStdString(run->folder.string()));
    });
    connect(alignmentButton_, &QPushButton::clicked, this, [this] {
        if (const RunFolderSummary* run = selectedRun())
            Q_EMIT alignmentRequested(QString::fromStdString(run->folder.string()));
    });
    updateButtons();
}

void RunsPanel::setRunsFolder(const QString& folder) {
    runsFolder_ = folder;
    folderLabel_->setText(tr("Runs in %1").arg(folder));
    refresh();
}

void RunsPanel::setTrainingActive(bool active) {
    trainingActive_ = active;
    updateButtons();
}

void RunsPanel::refresh() {
    const QString selected = selectedRun() ? QString::fromStdString(selectedRun()->name) : QString();
    runs_ = runsFolder_.isEmpty() ? std::vector<RunFolderSummary>{}
                                  : RunFolderSummary::scan(std::filesystem::path(runsFolder_.toStdString()));
    table_->setRowCount(0);
    for (const RunFolderSummary& run : runs_) {
        const int r = table_->rowCount();
        table_->insertRow(r);
        auto set = [&](int column, const QString& text) { table_->setItem(r, column, new QTableWidgetItem(text)); };
        set(NameColumn, QString::fromStdString(run.name));
        set(MethodColumn, QString::fromStdString(run.method));
        set(KColumn, run.labeledTarget >= 0 ? QString::number(run.labeledTarget) : QString());
        set(ProfileColumn, QString::fromStdString(run.profile));
        set(StateColumn, run.state ? QString::fromStdString(run.stateText()) : tr("(no status)"));
        set(IterationColumn, run.totalIterations > 0 ? QStringLiteral("%1 / %2").arg(run.iteration).arg(run.totalIterations)
                                                     : QString());
        set(DiceColumn, run.bestMeanDice ? QString::number(*run.bestMeanDice, 'f', 3) : QStringLiteral("-"));
        table_->item(r, NameColumn)->setToolTip(QString::fromStdString(run.folder.string() + "\n" + run.message));
    }
    if (!selected.isEmpty()) selectRun(selected);
    updateButtons();
}

void RunsPanel::selectRun(const QString& name) {
    for (int r = 0; r < static_cast<int>(runs_.size()); ++r)
        if (QString::fromStdString(runs_[r].name) == name) table_->selectRow(r);
}

const RunFolderSummary* RunsPanel::selectedRun() const {
    const auto rows = table_->selectionModel() ? table_->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty()) return nullptr;
    const int r = rows.first().row();
    return r >= 0 && r < static_cast<int>(runs_.size()) ? &runs_[r] : nullptr;
}

void RunsPanel::updateButtons() {
    const RunFolderSummary* run = selectedRun();
    resumeButton_->setEnabled(run && run->canResume() && !trainingActive_);
    predictButton_->setEnabled(run && run->canPredict());
    alignmentButton_->setEnabled(run && run->trainsImageAlignment);
}

} // namespace crossseg::ui
