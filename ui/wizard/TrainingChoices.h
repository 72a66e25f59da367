#pragma once
#include <QString>
#include <QStringList>

class QSettings;

namespace crossseg::ui {

// What the training wizard asks for. Persisted in QSettings so that the next wizard starts from the last choices.
struct TrainingChoices {
    QStringList datasetPaths;          // one or two datasets (manifest, MM-WHS folder, nnU-Net folder)
    int targetDatasetIndex = 0;        // into datasetPaths
    QString targetModality;            // e.g. "ct"
    int assistantDatasetIndex = 0;
    QString assistantModality;         // e.g. "mr"
    QString method = QStringLiteral("mkd-iam");
    QString profile;                   // empty: the method page proposes one for the target (ProfileProposal)
    int labeledTarget = 4;             // K
    int seed = 0;
    QString device = QStringLiteral("cpu");
    QString runsFolder;                // where run folders are created
    QString runName;                   // folder name inside runsFolder

    void save(QSettings& settings) const;
    static TrainingChoices load(QSettings& settings);
    QString runDirectory() const;      // runsFolder/runName
    // A folder name that says what the run is: "mkd-iam_k4_seed0_cpu-quick".
    QString suggestedRunName() const;
};

} // namespace crossseg::ui
