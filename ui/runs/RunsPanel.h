#pragma once
#include "ui/model/RunFolderSummary.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace crossseg::ui {

// Lists the run folders of the runs folder with their configuration, status and best validation Dice, and offers
// to resume a stopped run or to predict with a trained one.
class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(QWidget* parent = nullptr);

    void setRunsFolder(const QString& folder);
    QString runsFolder() const { return runsFolder_; }
    // While this Studio trains, a "running" run is live and must not be resumed a second time.
    void setTrainingActive(bool active);
    void refresh();

    const std::vector<RunFolderSummary>& runs() const { return runs_; }
    void selectRun(const QString& name);
    const RunFolderSummary* selectedRun() const;

Q_SIGNALS:
    void resumeRequested(const QString& runDirectory);
    void predictRequested(const QString& runDirectory);
    void alignmentRequested(const QString& runDirectory);

private:
    void updateButtons();

    QString runsFolder_;
    bool trainingActive_ = false;
    std::vector<RunFolderSummary> runs_;
    QLabel* folderLabel_;
    QTableWidget* table_;
    QPushButton* resumeButton_;
    QPushButton* predictButton_;
    QPushButton* alignmentButton_;
};

} // namespace crossseg::ui
