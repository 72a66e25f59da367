#pragma once
// Review of a predicted case: per-structure Dice, HD95, ASSD and volumes against the case's reference (computed
// in the background), a verdict and a comment, saved to review.json beside the prediction and restored when
// the prediction is shown again.
#include "ui/model/ReviewFile.h"

#include <QWidget>

#include <string>
#include <vector>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace crossseg::ui {

class ViewerState;

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(ViewerState* state, QWidget* parent = nullptr);

    void setClassNames(const std::vector<std::string>& classes); // [0] = background
    // Starts reviewing the overlay shown now (a prediction): restores any saved review, computes the metrics.
    void reviewCurrentPrediction();
    void recomputeMetrics();
    bool saveReview(); // false when there is nowhere to save (prediction not in a file) or writing failed

    QString reviewFilePath() const { return reviewFile_; }
    Verdict verdict() const;
    void setVerdict(Verdict verdict);
    QString comment() const;
    void setComment(const QString& comment);
    QTableWidget* metricsTable() const { return metrics_; }
    bool metricsPending() const { return computing_; }

Q_SIGNALS:
    void metricsReady();
    void reviewSaved(const QString& file);
    void errorOccurred(const QString& summary, const QString& details);

private:
    void showMetrics();
    void clear(const QString& reason);

    ViewerState* state_;
    std::vector<std::string> classes_;
    QString caseId_;
    QString reviewFile_;
    QString predictionFile_;
    std::map<std::string, StructureMetrics> currentMetrics_;
    bool computing_ = false;
    int generation_ = 0; // results of an older computation are dropped

    QLabel* subject_;
    QTableWidget* metrics_;
    QButtonGroup* verdicts_;
    QPlainTextEdit* comment_;
    QPushButton* save_;
    QPushButton* recompute_;
};

} // namespace crossseg::ui
