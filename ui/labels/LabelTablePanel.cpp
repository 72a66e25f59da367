#include "ui/labels/LabelTablePanel.h"

#include "ui/session/ViewerState.h"
#include "core/util/InputError.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace crossseg::ui {
namespace {
enum Column { Visible = 0, Colour = 1, Value = 2, Name = 3 };
constexpr int kOpacityRole = Qt::UserRole + 1;
constexpr int kMeshVisibleRole = Qt::UserRole + 2;
} // namespace

LabelTablePanel::LabelTablePanel(ViewerState* state, QWidget* parent) : QWidget(parent), state_(state) {
    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName(QStringLiteral("labelTable"));
    table_->setHorizontalHeaderLabels({tr("Show"), tr("Colour"), tr("Value"), tr("Name")});
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(tr("Select the label the brush paints; double-click a colour to change it"));

    auto* load = new QPushButton(tr("Load…"), this);
    load->setToolTip(tr("Load an ITK-SNAP label description file"));
    auto* save = new QPushButton(tr("Save…"), this);
    save->setToolTip(tr("Save the labels as an ITK-SNAP label description file"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addWidget(add);
    buttons->addStretch();

    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setObjectName(QStringLiteral("overlayOpacity"));
    opacity_->setRange(0, 100);
    opacity_->setValue(static_cast<int>(state_->overlayOpacity() * 100));
    outline_ = new QCheckBox(tr("Outline only"), this);
    outline_->setObjectName(QStringLiteral("overlayOutline"));
    auto* look = new QHBoxLayout;
    look->addWidget(new QLabel(tr("Opacity:"), this));
    look->addWidget(opacity_, 1);
    look->addWidget(outline_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(look);
    layout->addLayout(buttons);

    connect(load, &QPushButton::clicked, this, &LabelTablePanel::chooseAndLoad);
    connect(save, &QPushButton::clicked, this, &LabelTablePanel::chooseAndSave);
    connect(add, &QPushButton::clicked, this, &LabelTablePanel::addLabel);
    connect(table_, &QTableWidget::itemChanged, this, &LabelTablePanel::onItemChanged);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &LabelTablePanel::onCellDoubleClicked);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            state_->setActiveLabel(table_->item(rows.first().row(), Value)->data(Qt::EditRole).toInt());
    });
    connect(opacity_, &QSlider::valueChanged, this, [this](int value) { state_->setOverlayOpacity(value / 100.0); });
    connect(outline_, &QCheckBox::toggled, state_, &ViewerState::setOutlineMode);
    connect(state_, &ViewerState::toolChanged, this, &LabelTablePanel::selectActiveRow);
}

void LabelTablePanel::setTable(const LabelTable& labelTable) {
    {
        const QSignalBlocker block(table_);
        filling_ = true;
        table_->setRowCount(0);
        for (const auto& label : labelTable.labels()) {
            const int row = table_->rowCount();
            table_->insertRow(row);
            auto* visible = new QTableWidgetItem;
            visible->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            visible->setCheckState(label.visible ? Qt::Checked : Qt::Unchecked);
            visible->setData(kOpacityRole, label.opacity);
            visible->setData(kMeshVisibleRole, label.meshVisible);
            auto* colour = new QTableWidgetItem;
            colour->setFlags(Qt::ItemIsEnabled); // not selectable: the selection colour would hide the swatch
            colour->setBackground(QColor(label.rgb[0], label.rgb[1], label.rgb[2]));
            auto* value = new QTableWidgetItem;
            value->setData(Qt::EditRole, label.value);
            value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto* name = new QTableWidgetItem(QString::fromStdString(label.name));
            table_->setItem(row, Visible, visible);
            table_->setItem(row, Colour, colour);
            table_->setItem(row, Value, value);
            table_->setItem(row, Name, name);
        }
        filling_ = false;
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    publish();
    selectActiveRow();
}

LabelTable LabelTablePanel::table() const {
    std::vector<LabelDescription> labels;
    for (int row = 0; row < table_->rowCount(); ++row) {
        LabelDescription label;
        label.value = table_->item(row, Value)->data(Qt::EditRole).toInt();
        label.name = table_->item(row, Name)->text().toStdString();
        const QColor colour = table_->item(row, Colour)->background().color();
        label.rgb = {colour.red(), colour.green(), colour.blue()};
        const auto* visible = table_->item(row, Visible);
        label.visible = visible->checkState() == Qt::Checked;
        label.opacity = visible->data(kOpacityRole).toDouble();
        label.meshVisible = visible->data(kMeshVisibleRole).toBool();
        labels.push_back(label);
    }
    return LabelTable(std::move(labels));
}

void LabelTablePanel::loadFile(const QString& file) { setTable(LabelTable::load(file.toStdString())); }

void LabelTablePanel::saveFile(const QString& file) const { table().save(file.toStdString()); }

void LabelTablePanel::chooseAndLoad() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Load label descriptions"), {},
                                                      tr("ITK-SNAP label descriptions (*.txt *.label);;All files (*)"));
    if (file.isEmpty()) return;
    try {
        loadFile(file);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(tr("Could not load the label descriptions."), QString::fromStdString(error.what()));
    }
}

void LabelTablePanel::chooseAndSave() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save label descriptions"), QStringLiteral("labels.txt"),
                                                      tr("ITK-SNAP label descriptions (*.txt *.label)"));
    if (file.isEmpty()) return;
    try {
        saveFile(file);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(tr("Could not save the label descriptions."), QString::fromStdString(error.what()));
    }
}

void LabelTablePanel::addLabel() {
    LabelTable current = table();
    int next = 1;
    for (const auto& label : current.labels()) next = std::max(next, label.value + 1);
    LabelDescription label;
    label.value = next;
    label.name = tr("Label %1").arg(next).toStdString();
    const QColor colour = QColor::fromHsv((next * 47) % 360, 200, 230);
    label.rgb = {colour.red(), colour.green(), colour.blue()};
    current.labels().push_back(label);
    setTable(current);
}

void LabelTablePanel::onItemChanged(QTableWidgetItem*) {
    if (!filling_) publish();
}

void LabelTablePanel::onCellDoubleClicked(int row, int column) {
    if (column != Colour) return;
    auto* item = table_->item(row, Colour);
    const QColor chosen = QColorDialog::getColor(item->background().color(), this, tr("Label colour"));
    if (!chosen.isValid()) return;
    item->setBackground(chosen);
    publish();
}

void LabelTablePanel::selectActiveRow() {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, Value)->data(Qt::EditRole).toInt() == state_->activeLabel()) {
            if (table_->currentRow() != row) {
                const QSignalBlocker block(table_);
                table_->selectRow(row);
            }
            return;
        }
    }
}

void LabelTablePanel::publish() { state_->setLabelTable(table()); }

} // namespace crossseg::ui
