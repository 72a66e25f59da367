#include "ui/alignment/AlignmentWindow.h"

#include "ui/alignment/AlignmentView.h"
#include "ui/model/IamTranslator.h"
#include "core/learn/RunRecord.h"
#include "core/learn/TrainingConfig.h"
#include "core/util/Log.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace crossseg::ui {

AlignmentWindow::AlignmentWindow(const QString& runDirectory, QWidget* parent) : QWidget(parent, Qt::Window) {
    setWindowTitle(tr("Alignment view - %1").arg(QFileInfo(runDirectory).fileName()));
    assistantCombo_ = new QComboBox(this);
    targetCombo_ = new QComboBox(this);
    statusLabel_ = new QLabel(this);
    statusLabel_->setWordWrap(true);
    view_ = new AlignmentView(this);
    auto* pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("MR case:"), this));
    pickers->addWidget(assistantCombo_, 1);
    pickers->addWidget(new QLabel(tr("CT case:"), this));
    pickers->addWidget(targetCombo_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(view_, 1);
    layout->addWidget(statusLabel_);
    resize(1100, 560);

    const std::filesystem::path run = runDirectory.toStdString();
    try {
        cache_ = SliceCache::open(RunRecord::read(run).config.cache);
    } catch (const std::exception& e) {
        statusLabel_->setText(tr("Cannot read the run's slice cache: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    try {
        translator_ = IamTranslator::load(run);
        view_->setTranslator([translator = translator_](const GraySlice& s) { return translator->translate(s); });
    } catch (const std::exception& e) {
        view_->setTranslator({}, tr("no image alignment module"));
        statusLabel_->setText(QString::fromStdString(e.what()));
    }
    const std::string assistantModality = cache_.modalityWithRole("assistant");
    const std::string targetModality = cache_.modalityWithRole("target");
    for (const SliceCacheCase& c : cache_.cases()) {
        if (c.modality == assistantModality) assistantCombo_->addItem(QString::fromStdString(c.id));
        if (c.modality == targetModality) targetCombo_->addItem(QString::fromStdString(c.id));
    }
    connect(assistantCombo_, &QComboBox::currentIndexChanged, this, &AlignmentWindow::showAssistantCase);
    connect(targetCombo_, &QComboBox::currentIndexChanged, this, &AlignmentWindow::showTargetCase);
    showAssistantCase(assistantCombo_->currentIndex());
    showTargetCase(targetCombo_->currentIndex());
}

AlignmentWindow::~AlignmentWindow() = default;

void AlignmentWindow::showAssistantCase(int index) {
    if (index < 0) return;
    const QString id = assistantCombo_->itemText(index);
    try {
        view_->setAssistantCase(cache_.load(id.toStdString()), id);
    } catch (const std::exception& e) {
        statusLabel_->setText(QString::fromStdString(e.what()));
    }
}

void AlignmentWindow::showTargetCase(int index) {
    if (index < 0) return;
    const QString id = targetCombo_->itemText(index);
    try {
        view_->setTargetCase(cache_.load(id.toStdString()), id);
    } catch (const std::exception& e) {
        statusLabel_->setText(QString::fromStdString(e.what()));
    }
}

} // namespace crossseg::ui
