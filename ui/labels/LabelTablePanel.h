#pragma once
// The label table (visible, colour, value, name) with the overlay's opacity and filled/outline mode.
// Loads and saves ITK-SNAP label description files; the selected row is the label the brush paints.
#include "core/image/LabelTable.h"

#include <QWidget>

class QCheckBox;
class QSlider;
class QTableWidget;
class QTableWidgetItem;

namespace crossseg::ui {

class ViewerState;

class LabelTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit LabelTablePanel(ViewerState* state, QWidget* parent = nullptr);

    void setTable(const LabelTable& table); // shows it and hands it to the views
    LabelTable table() const;               // what the widget shows now (edits included)
    void loadFile(const QString& file);     // throws InputError
    void saveFile(const QString& file) const;
    QTableWidget* tableWidget() const { return table_; }

Q_SIGNALS:
    void errorOccurred(const QString& summary, const QString& details);

private:
    void chooseAndLoad();
    void chooseAndSave();
    void addLabel();
    void onItemChanged(QTableWidgetItem* item);
    void onCellDoubleClicked(int row, int column);
    void selectActiveRow();
    void publish();

    ViewerState* state_;
    QTableWidget* table_;
    QSlider* opacity_;
    QCheckBox* outline_;
    bool filling_ = false;
};

} // namespace crossseg::ui
