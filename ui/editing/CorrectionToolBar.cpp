#include "ui/editing/CorrectionToolBar.h"

#include "ui/editing/LabelEditor.h"
#include "ui/session/ViewerState.h"

#include <QActionGroup>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace crossseg::ui {

CorrectionToolBar::CorrectionToolBar(ViewerState* state, LabelEditor* editor, QWidget* parent)
    : QToolBar(tr("Correction"), parent), state_(state) {
    setObjectName(QStringLiteral("correctionToolBar"));
    auto* tools = new QActionGroup(this);
    navigate_ = addAction(tr("Navigate"));
    navigate_->setShortcut(Qt::Key_N);
    navigate_->setToolTip(tr("Click to move the crosshair (N)"));
    brush_ = addAction(tr("Brush"));
    brush_->setShortcut(Qt::Key_B);
    brush_->setToolTip(tr("Paint the active label (B)"));
    eraser_ = addAction(tr("Eraser"));
    eraser_->setShortcut(Qt::Key_E);
    eraser_->setToolTip(tr("Erase to background (E)"));
    for (QAction* action : {navigate_, brush_, eraser_}) {
        action->setCheckable(true);
        tools->addAction(action);
    }
    navigate_->setChecked(true);
    connect(navigate_, &QAction::triggered, this, [this] { state_->setTool(EditTool::Navigate); });
    connect(brush_, &QAction::triggered, this, [this] { state_->setTool(EditTool::Brush); });
    connect(eraser_, &QAction::triggered, this, [this] { state_->setTool(EditTool::Eraser); });

    addSeparator();
    addWidget(new QLabel(tr("Brush size:"), this));
    size_ = new QSpinBox(this);
    size_->setRange(1, 99);
    size_->setSuffix(tr(" px"));
    size_->setValue(state_->brushDiameter());
    addWidget(size_);
    connect(size_, &QSpinBox::valueChanged, state_, &ViewerState::setBrushDiameter);
    larger_ = new QAction(tr("Larger brush"), this);
    larger_->setShortcut(Qt::Key_BracketRight);
    smaller_ = new QAction(tr("Smaller brush"), this);
    smaller_->setShortcut(Qt::Key_BracketLeft);
    connect(larger_, &QAction::triggered, this, [this] { size_->setValue(size_->value() + 2); });
    connect(smaller_, &QAction::triggered, this, [this] { size_->setValue(size_->value() - 2); });
    addAction(smaller_);
    addAction(larger_);

    addSeparator();
    undo_ = editor->undoStack()->createUndoAction(this, tr("Undo"));
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = editor->undoStack()->createRedoAction(this, tr("Redo"));
    redo_->setShortcut(QKeySequence::Redo);
    addAction(undo_);
    addAction(redo_);

    connect(state_, &ViewerState::toolChanged, this, [this] {
        const QSignalBlocker block(size_);
        size_->setValue(state_->brushDiameter());
        switch (state_->tool()) {
        case EditTool::Navigate: navigate_->setChecked(true); break;
        case EditTool::Brush: brush_->setChecked(true); break;
        case EditTool::Eraser: eraser_->setChecked(true); break;
        }
    });
}

} // namespace crossseg::ui
