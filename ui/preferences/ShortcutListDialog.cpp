#include "ui/preferences/ShortcutListDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossseg::ui {

ShortcutListDialog::ShortcutListDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty()) continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        rows.append({action->shortcut().toString(QKeySequence::NativeText), text});
    }
    rows.append({tr("Mouse wheel, Up / Down"), tr("Next / previous slice")});
    rows.append({tr("Page Up / Page Down"), tr("Ten slices forward / back")});
    rows.append({tr("Ctrl + mouse wheel"), tr("Zoom")});
    rows.append({tr("Middle drag"), tr("Pan")});
    rows.append({tr("Right drag"), tr("Window (horizontal) and level (vertical)")});
    rows.append({tr("Left click / drag"), tr("Move the crosshair, or paint with the brush or eraser")});
    rows.append({tr("Home"), tr("Reset zoom and pan")});

    table_ = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    table_->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        table_->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table_->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table_->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(520, 480);
}

} // namespace crossseg::ui
