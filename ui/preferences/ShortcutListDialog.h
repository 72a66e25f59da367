#pragma once
// Help -> Keyboard shortcuts: every action that has a shortcut, plus the mouse and key bindings of the views.
#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace crossseg::ui {

class ShortcutListDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutListDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_;
};

} // namespace crossseg::ui
