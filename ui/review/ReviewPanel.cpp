#include "ui/review/ReviewPanel.h"

#include "core/eval/SegmentationMetrics.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/session/ViewerState.h"
#include "core/util/Log.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace crossseg::ui {
namespace {

QString number(const std::optional<double>& value, int decimals) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

// Volumes of each class in millilitres, for cases without a reference.
std::map<std::string, StructureMetrics> volumesOnly(const LabelVolume& labels, const std::vector<std::string>& classes) {
    const auto& spacing = labels.geometry().spacing;
    const double voxelMl = spacing[0] * spacing[1] * spacing[2] / 1000.0;
    std::vector<std::size_t> counts(classes.size(), 0);
    for (const auto value : labels.voxels())
        if (value < counts.size()) ++counts[value];
    std::map<std::string, StructureMetrics> result;
    for (std::size_t c = 1; c < classes.size(); ++c) result[classes[c]].predictionMl = counts[c] * voxelMl;
    return result;
}

} // namespace

ReviewPanel::ReviewPanel(ViewerState* state, QWidget* parent) : QWidget(parent), state_(state) {
    subject_ = new QLabel(tr("No prediction to review. Open one with Review → Open prediction…"), this);
    subject_->setWordWrap(true);
    metrics_ = new QTableWidget(0, 6, this);
    metrics_->setObjectName(QStringLiteral("reviewMetrics"));
    metrics_->setHorizontalHeaderLabels({tr("Structure"), tr("Dice"), tr("HD95 (mm)"), tr("ASSD (mm)"),
                                         tr("Volume (ml)"), tr("Reference (ml)")});
    metrics_->verticalHeader()->hide();
    metrics_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    metrics_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    verdicts_ = new QButtonGroup(this);
    auto* accepted = new QRadioButton(tr("Accepted"), this);
    auto* needsCorrection = new QRadioButton(tr("Needs correction"), this);
    auto* rejected = new QRadioButton(tr("Rejected"), this);
    verdicts_->addButton(accepted, static_cast<int>(Verdict::Accepted));
    verdicts_->addButton(needsCorrection, static_cast<int>(Verdict::NeedsCorrection));
    verdicts_->addButton(rejected, static_cast<int>(Verdict::Rejected));
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(new QLabel(tr("Verdict:"), this));
    verdictRow->addWidget(accepted);
    verdictRow->addWidget(needsCorrection);
    verdictRow->addWidget(rejected);
    verdictRow->addStretch();

    comment_ = new QPlainTextEdit(this);
    comment_->setPlaceholderText(tr("Comment (what is wrong, what was corrected)"));
    comment_->setMaximumHeight(90);
    save_ = new QPushButton(tr("Save review"), this);
    recompute_ = new QPushButton(tr("Recompute metrics"), this);
    recompute_->setToolTip(tr("Compare the labels as they are now (after corrections) with the reference"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(recompute_);
    buttons->addStretch();
    buttons->addWidget(save_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subject_);
    layout->addWidget(metrics_, 1);
    layout->addLayout(verdictRow);
    layout->addWidget(comment_);
    layout->addLayout(buttons);

    connect(save_, &QPushButton::clicked, this, &ReviewPanel::saveReview);
    connect(recompute_, &QPushButton::clicked, this, &ReviewPanel::recomputeMetrics);
    connect(state_, &ViewerState::caseChanged, this, [this] { clear(tr("No prediction to review.")); });
    clear(subject_->text());
}

void ReviewPanel::setClassNames(const std::vector<std::string>& classes) { classes_ = classes; }

void ReviewPanel::clear(const QString& reason) {
    ++generation_;
    computing_ = false;
    caseId_.clear();
    reviewFile_.clear();
    predictionFile_.clear();
    currentMetrics_.clear();
    subject_->setText(reason);
    metrics_->setRowCount(0);
    verdicts_->setExclusive(false);
    for (auto* button : verdicts_->buttons()) button->setChecked(false);
    verdicts_->setExclusive(true);
    comment_->clear();
    for (QWidget* widget : std::initializer_list<QWidget*>{save_, recompute_, comment_})
        widget->setEnabled(false);
    for (auto* button : verdicts_->buttons()) button->setEnabled(false);
}

void ReviewPanel::reviewCurrentPrediction() {
    const auto data = state_->caseData();
    if (!data || !state_->hasOverlay()) {
        clear(tr("No prediction to review."));
        return;
    }
    clear({});
    caseId_ = QString::fromStdString(data->caseId);
    predictionFile_ = state_->overlaySourceFile();
    for (auto* button : verdicts_->buttons()) button->setEnabled(true);
    comment_->setEnabled(true);
    recompute_->setEnabled(true);
    if (!predictionFile_.isEmpty()) {
        reviewFile_ = QString::fromStdString(ReviewFile::locationFor(predictionFile_.toStdString()).string());
        save_->setEnabled(true);
        try {
            const ReviewFile review = ReviewFile::load(reviewFile_.toStdString());
            if (const ReviewEntry* entry = review.find(data->caseId)) {
                setVerdict(entry->verdict);
                setComment(QString::fromStdString(entry->comment));
            }
        } catch (const std::exception& error) {
            Q_EMIT errorOccurred(tr("The saved review could not be read."), QString::fromStdString(error.what()));
        }
        subject_->setText(tr("Case %1, prediction %2. Review file: %3")
                              .arg(caseId_, QFileInfo(predictionFile_).fileName(), reviewFile_));
    } else {
        subject_->setText(tr("Case %1, prediction not saved yet: save it (File → Save labels as…) to keep a review.")
                              .arg(caseId_));
    }
    recomputeMetrics();
}

void ReviewPanel::recomputeMetrics() {
    const auto data = state_->caseData();
    if (!data || !state_->hasOverlay()) return;
    std::vector<std::string> classes = classes_;
    if (classes.empty())
        for (const auto& label : state_->labelTable().labels()) {
            if (label.value < 0) continue;
            if (classes.size() <= static_cast<std::size_t>(label.value)) classes.resize(label.value + 1);
            classes[label.value] = label.name;
        }
    for (std::size_t c = 0; c < classes.size(); ++c)
        if (classes[c].empty()) classes[c] = "class " + std::to_string(c);
    if (classes.size() < 2) return;

    computing_ = true;
    const int generation = ++generation_;
    // Copies: the user may keep painting while the metrics are computed.
    auto prediction = std::make_shared<LabelVolume>(state_->overlay());
    auto reference = data->reference.empty() ? nullptr : std::make_shared<LabelVolume>(data->reference);
    using Metrics = std::map<std::string, StructureMetrics>;
    BackgroundTask::run<Metrics>(
        this,
        [prediction, reference, classes]() -> Metrics {
            if (!reference) return volumesOnly(*prediction, classes);
            Metrics result;
            for (const auto& m : SegmentationMetrics::compare(*prediction, *reference, classes)) {
                StructureMetrics& s = result[m.className];
                s.dice = m.dice;
                s.hd95Mm = m.hd95Mm;
                s.assdMm = m.assdMm;
                s.predictionMl = m.predictionVolumeMl;
                s.referenceMl = m.referenceVolumeMl;
            }
            return result;
        },
        [this, generation](Metrics& metrics) {
            if (generation != generation_) return;
            computing_ = false;
            currentMetrics_ = metrics;
            showMetrics();
            Q_EMIT metricsReady();
        },
        [this, generation](const QString& message) {
            if (generation != generation_) return;
            computing_ = false;
            log::warn("Review metrics failed: " + message.toStdString());
            Q_EMIT errorOccurred(tr("The metrics could not be computed."), message);
        });
}

void ReviewPanel::showMetrics() {
    metrics_->setRowCount(0);
    for (const auto& [structure, values] : currentMetrics_) {
        const int row = metrics_->rowCount();
        metrics_->insertRow(row);
        metrics_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(structure)));
        metrics_->setItem(row, 1, new QTableWidgetItem(number(values.dice, 3)));
        metrics_->setItem(row, 2, new QTableWidgetItem(number(values.hd95Mm, 1)));
        metrics_->setItem(row, 3, new QTableWidgetItem(number(values.assdMm, 2)));
        metrics_->setItem(row, 4, new QTableWidgetItem(QString::number(values.predictionMl, 'f', 1)));
        metrics_->setItem(row, 5, new QTableWidgetItem(number(values.referenceMl, 1)));
    }
}

Verdict ReviewPanel::verdict() const {
    const int id = verdicts_->checkedId();
    return id < 0 ? Verdict::Pending : static_cast<Verdict>(id);
}

void ReviewPanel::setVerdict(Verdict verdict) {
    if (auto* button = verdicts_->button(static_cast<int>(verdict))) button->setChecked(true);
}

QString ReviewPanel::comment() const { return comment_->toPlainText(); }

void ReviewPanel::setComment(const QString& comment) { comment_->setPlainText(comment); }

bool ReviewPanel::saveReview() {
    if (reviewFile_.isEmpty() || caseId_.isEmpty()) return false;
    try {
        ReviewFile review = ReviewFile::load(reviewFile_.toStdString());
        ReviewEntry entry;
        entry.verdict = verdict();
        entry.comment = comment().toStdString();
        entry.predictionFile = QFileInfo(predictionFile_).fileName().toStdString();
        entry.reviewedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        entry.metrics = currentMetrics_;
        review.set(caseId_.toStdString(), entry);
        review.save(reviewFile_.toStdString());
        log::info("Saved the review of case " + caseId_.toStdString() + " (" + toString(entry.verdict) + ") to " +
                  reviewFile_.toStdString());
        Q_EMIT reviewSaved(reviewFile_);
        return true;
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(tr("The review could not be saved."), QString::fromStdString(error.what()));
        return false;
    }
}

} // namespace crossseg::ui
