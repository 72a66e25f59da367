#include "ui/editing/LabelFileController.h"

#include "ui/model/CaseSource.h"
#include "ui/editing/LabelEditor.h"
#include "ui/session/ViewerState.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace crossseg::ui {
namespace {

QString absolutePath(const QString& file) { return QFileInfo(file).absoluteFilePath(); }
QString absolutePath(const std::filesystem::path& file) { return absolutePath(QString::fromStdString(file.string())); }

} // namespace

LabelFileController::LabelFileController(ViewerState* state, LabelEditor* editor, QWidget* dialogParent)
    : QObject(dialogParent), state_(state), editor_(editor), dialogParent_(dialogParent) {}

bool LabelFileController::saveTo(const QString& file) {
    try {
        editor_->save(file);
        file_ = file;
        Q_EMIT statusMessage(tr("Labels saved to %1").arg(file));
        return true;
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(tr("The labels could not be saved."), QString::fromStdString(error.what()));
        return false;
    }
}

void LabelFileController::save() {
    if (file_.isEmpty())
        saveAs();
    else
        saveTo(file_);
}

void LabelFileController::saveAs() {
    const auto data = state_->caseData();
    if (!data || !state_->hasOverlay()) {
        Q_EMIT statusMessage(tr("There are no labels to save."));
        return;
    }
    // Suggest a new name beside the labels' source: the source itself is never the default.
    std::filesystem::path source = state_->overlaySourceFile().toStdString();
    if (source.empty()) source = data->imageFile.parent_path() / (data->caseId + "_labels.nii.gz");
    const QString suggested = QString::fromStdString(CaseSource::suggestedCorrectionPath(source, data->caseId).string());
    const QString file = QFileDialog::getSaveFileName(dialogParent_, tr("Save labels as"), suggested,
                                                      tr("NIfTI (*.nii.gz *.nii);;MetaImage (*.mha)"));
    if (file.isEmpty()) return;
    const QString chosen = absolutePath(file);
    const bool isSource = chosen == absolutePath(data->referenceFile) || chosen == absolutePath(data->imageFile) ||
                          chosen == absolutePath(state_->overlaySourceFile());
    if (isSource && QMessageBox::warning(dialogParent_, tr("Overwrite a source file?"),
                                         tr("%1 is one of this case's source files. Overwrite it with the corrected "
                                            "labels? The original will be lost.").arg(file),
                                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    saveTo(file);
}

bool LabelFileController::confirmDiscardUnsaved() {
    if (!editor_->hasUnsavedChanges()) return true;
    const auto data = state_->caseData();
    const QString caseId = data ? QString::fromStdString(data->caseId) : QString();
    const auto answer = QMessageBox::question(
        dialogParent_, tr("Unsaved corrections"), tr("The labels of case %1 have unsaved corrections. Save them?").arg(caseId),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        save();
        return !editor_->hasUnsavedChanges();
    }
    editor_->undoStack()->setClean(); // discarded on purpose
    return true;
}

} // namespace crossseg::ui
