#pragma once
// The open dataset: its cases grouped by modality (with role), each with its label status and the problems
// found while loading it. Double-click (or Enter) opens a case.
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace crossseg {
struct Dataset;
}

namespace crossseg::ui {

class DatasetPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinimumWidth = 220; // pixels: case names stay readable
    explicit DatasetPanel(QWidget* parent = nullptr);

    void showDataset(const Dataset& dataset, const QString& path);
    void clear();
    void markCurrentCase(const QString& caseId);
    void addCaseProblem(const QString& caseId, const QString& problem); // e.g. found while loading the case

    QTreeWidget* tree() const { return tree_; }
    int caseCount() const;
    QStringList caseIds(const QString& modality = {}) const;

Q_SIGNALS:
    void caseActivated(const QString& caseId);

private:
    QTreeWidgetItem* itemForCase(const QString& caseId) const;

    QLabel* title_;
    QTreeWidget* tree_;
};

} // namespace crossseg::ui
