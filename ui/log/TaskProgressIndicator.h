#pragma once
// The status bar's display of background work: what runs, how far it is (busy bar when unknown).
#include <QWidget>

class QLabel;
class QProgressBar;

namespace crossseg::ui {

class TaskProgressIndicator : public QWidget {
    Q_OBJECT
public:
    explicit TaskProgressIndicator(QWidget* parent = nullptr);

    bool isBusy() const;
    QString currentText() const;

public Q_SLOTS:
    // fraction in 0..1, or negative when unknown.
    void showProgress(const QString& stage, double fraction, const QString& message);
    void finish(const QString& message = {});

private:
    QLabel* label_;
    QProgressBar* bar_;
};

} // namespace crossseg::ui
