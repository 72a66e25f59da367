#include "ui/editing/LabelEditor.h"

#include "ui/model/CaseSource.h"
#include "ui/model/LabelBrush.h"
#include "ui/editing/LabelEditCommand.h"
#include "ui/model/VoxelDiff.h"
#include "ui/session/ViewerState.h"
#include "core/util/Log.h"

#include <QUndoStack>

namespace crossseg::ui {

struct LabelEditor::Stroke {
    SliceOrientation orientation;
    std::array<long, 3> last;
    std::uint16_t value;
    int diameter;
    VoxelDiff diff;
};

LabelEditor::LabelEditor(ViewerState* state, QObject* parent)
    : QObject(parent), state_(state), undoStack_(new QUndoStack(this)) {
    connect(state_, &ViewerState::caseChanged, this, &LabelEditor::clearHistory);
}

LabelEditor::~LabelEditor() { delete stroke_; }

bool LabelEditor::hasUnsavedChanges() const { return !undoStack_->isClean(); }

void LabelEditor::clearHistory() {
    delete stroke_;
    stroke_ = nullptr;
    undoStack_->clear();
}

void LabelEditor::beginStroke(SliceOrientation orientation, int i, int j, int k) {
    if (!state_->hasImage() || state_->tool() == EditTool::Navigate) return;
    state_->ensureOverlay();
    delete stroke_;
    const auto value = static_cast<std::uint16_t>(state_->tool() == EditTool::Eraser ? 0 : state_->activeLabel());
    stroke_ = new Stroke{orientation, {i, j, k}, value, state_->brushDiameter(), {}};
    LabelBrush(orientation, stroke_->diameter).dab(state_->overlayForEditing(), stroke_->last, value, stroke_->diff);
    state_->notifyOverlayEdited();
}

void LabelEditor::continueStroke(SliceOrientation orientation, int i, int j, int k) {
    if (!stroke_ || orientation != stroke_->orientation) return;
    const std::array<long, 3> to{i, j, k};
    LabelBrush(orientation, stroke_->diameter).line(state_->overlayForEditing(), stroke_->last, to, stroke_->value,
                                                    stroke_->diff);
    stroke_->last = to;
    state_->notifyOverlayEdited();
}

void LabelEditor::finishStroke() {
    if (!stroke_) return;
    Stroke* stroke = stroke_;
    stroke_ = nullptr;
    if (!stroke->diff.empty()) {
        const QString text = stroke->value == 0 ? tr("Erase %n voxel(s)", nullptr, static_cast<int>(stroke->diff.size()))
                                                : tr("Paint %n voxel(s)", nullptr, static_cast<int>(stroke->diff.size()));
        undoStack_->push(new LabelEditCommand(state_, std::move(stroke->diff), text));
    }
    delete stroke;
}

void LabelEditor::paintAt(SliceOrientation orientation, const std::array<long, 3>& voxel) {
    beginStroke(orientation, static_cast<int>(voxel[0]), static_cast<int>(voxel[1]), static_cast<int>(voxel[2]));
    finishStroke();
}

void LabelEditor::save(const QString& file) {
    const auto data = state_->caseData();
    if (!data || !state_->hasOverlay()) throw std::runtime_error(tr("There are no labels to save.").toStdString());
    // A prediction is in class indices; labels from the case's label file (or a correction saved earlier) are in
    // the dataset's coding, and what the label map drops from them is kept.
    const std::filesystem::path codedSource =
        state_->overlayIsPrediction() ? std::filesystem::path() : std::filesystem::path(state_->overlaySourceFile().toStdString());
    CaseSource::writeCorrectionsForCase(state_->overlay(), *data, file.toStdString(), codedSource);
    undoStack_->setClean();
    state_->setOverlaySourceFile(file);
    log::info("Saved labels of case " + data->caseId + " to " + file.toStdString());
    Q_EMIT saved(file);
}

} // namespace crossseg::ui
