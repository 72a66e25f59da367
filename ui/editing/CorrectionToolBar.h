#pragma once
// The correction tools: navigate / brush / eraser, brush size, undo and redo.
#include <QToolBar>

class QAction;
class QSpinBox;

namespace crossseg::ui {

class LabelEditor;
class ViewerState;

class CorrectionToolBar : public QToolBar {
    Q_OBJECT
public:
    CorrectionToolBar(ViewerState* state, LabelEditor* editor, QWidget* parent = nullptr);

    QAction* navigateAction() const { return navigate_; }
    QAction* brushAction() const { return brush_; }
    QAction* eraserAction() const { return eraser_; }
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }
    QAction* largerBrushAction() const { return larger_; }
    QAction* smallerBrushAction() const { return smaller_; }
    QSpinBox* brushSize() const { return size_; }

private:
    ViewerState* state_;
    QAction* navigate_;
    QAction* brush_;
    QAction* eraser_;
    QAction* undo_;
    QAction* redo_;
    QAction* larger_;
    QAction* smaller_;
    QSpinBox* size_;
};

} // namespace crossseg::ui
