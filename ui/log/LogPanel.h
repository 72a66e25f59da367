#pragma once
// Shows the application's log (crossseg::log messages from any thread) with a level filter.
#include "core/util/Log.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace crossseg::ui {

class LogPanel : public QWidget {
    Q_OBJECT
public:
    explicit LogPanel(QWidget* parent = nullptr);
    ~LogPanel() override;

    QString text() const;
    int lineCount() const;

public Q_SLOTS:
    // GUI thread only; messages from other threads arrive here through a queued call.
    void append(int level, const QString& message);

private:
    QPlainTextEdit* view_;
    QComboBox* minimumLevel_;
};

} // namespace crossseg::ui
