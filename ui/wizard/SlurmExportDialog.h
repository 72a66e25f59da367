#pragma once
// Exports the configured training as a Slurm batch script: the cluster-side settings (nodes, GPUs per node,
// partition, account, time, the shared cache and run folders) are edited here, the script is previewed as it will
// be written, and the command that prepares the slice cache on this machine is shown beside it.
#include "core/distributed/SlurmJobScript.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace crossseg::ui {

class SlurmExportDialog : public QDialog {
    Q_OBJECT
public:
    SlurmExportDialog(const SlurmJobSettings& initial, QWidget* parent = nullptr);

    SlurmJobSettings settings() const;
    QString script() const;
    // Writes the script; false (and the reason shown in the dialog) when it cannot be written.
    bool saveTo(const QString& file);

private:
    QLineEdit* addLine(const QString& objectName, const std::string& value);
    void updatePreview();
    void chooseFileAndSave();

    SlurmJobSettings base_;
    QSpinBox* nodes_ = nullptr;
    QSpinBox* gpusPerNode_ = nullptr;
    QSpinBox* cpusPerTask_ = nullptr;
    QLineEdit* timeLimit_ = nullptr;
    QLineEdit* partition_ = nullptr;
    QLineEdit* account_ = nullptr;
    QLineEdit* crossseg_ = nullptr;
    QLineEdit* sliceCache_ = nullptr;
    QLineEdit* runFolder_ = nullptr;
    QLabel* preparation_ = nullptr;
    QPlainTextEdit* preview_ = nullptr;
    QLabel* statusLabel_ = nullptr;
};

} // namespace crossseg::ui
