#pragma once
// The label file behind the overlay a user corrects: Save (to the file chosen last, or asking), Save As (suggesting
// "<source>_corrected.nii.gz", warning before a case's own source file is overwritten), and the question asked
// before unsaved corrections would be thrown away. The window shows its errors and status messages.
#include <QObject>
#include <QString>

class QWidget;

namespace crossseg::ui {

class ViewerState;
class LabelEditor;

class LabelFileController : public QObject {
    Q_OBJECT
public:
    // `dialogParent` owns the dialogs this controller opens (the main window).
    LabelFileController(ViewerState* state, LabelEditor* editor, QWidget* dialogParent);

    // Writes the overlay with the case's original geometry. Returns false (after errorOccurred) on failure.
    bool saveTo(const QString& file);
    void save();   // to the file chosen last; asks for one the first time
    void saveAs(); // always asks
    // True when there is nothing unsaved, or the user saved or discarded it; false when the user cancelled.
    bool confirmDiscardUnsaved();
    // A new case or a new overlay: the next Save asks for a file again.
    void forgetFile() { file_.clear(); }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void errorOccurred(const QString& summary, const QString& details);

private:
    ViewerState* state_;
    LabelEditor* editor_;
    QWidget* dialogParent_;
    QString file_; // where Save writes without asking (chosen by the user in Save As); empty: ask
};

} // namespace crossseg::ui
