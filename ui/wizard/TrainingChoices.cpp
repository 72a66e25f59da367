#include "ui/wizard/TrainingChoices.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace crossseg::ui {

namespace {
const char* kGroup = "trainingWizard";
}

void TrainingChoices::save(QSettings& settings) const {
    settings.beginGroup(kGroup);
    settings.setValue("datasetPaths", datasetPaths);
    settings.setValue("targetDatasetIndex", targetDatasetIndex);
    settings.setValue("targetModality", targetModality);
    settings.setValue("assistantDatasetIndex", assistantDatasetIndex);
    settings.setValue("assistantModality", assistantModality);
    settings.setValue("method", method);
    settings.setValue("profile", profile);
    settings.setValue("labeledTarget", labeledTarget);
    settings.setValue("seed", seed);
    settings.setValue("device", device);
    settings.setValue("runsFolder", runsFolder);
    settings.setValue("runName", runName);
    settings.endGroup();
}

TrainingChoices TrainingChoices::load(QSettings& settings) {
    TrainingChoices c;
    settings.beginGroup(kGroup);
    c.datasetPaths = settings.value("datasetPaths").toStringList();
    c.targetDatasetIndex = settings.value("targetDatasetIndex", c.targetDatasetIndex).toInt();
    c.targetModality = settings.value("targetModality").toString();
    c.assistantDatasetIndex = settings.value("assistantDatasetIndex", c.assistantDatasetIndex).toInt();
    c.assistantModality = settings.value("assistantModality").toString();
    c.method = settings.value("method", c.method).toString();
    c.profile = settings.value("profile", c.profile).toString();
    c.labeledTarget = settings.value("labeledTarget", c.labeledTarget).toInt();
    c.seed = settings.value("seed", c.seed).toInt();
    c.device = settings.value("device", c.device).toString();
    c.runsFolder = settings.value("runsFolder").toString();
    c.runName = settings.value("runName").toString();
    settings.endGroup();
    return c;
}

QString TrainingChoices::runDirectory() const { return QDir(runsFolder).filePath(runName); }

QString TrainingChoices::suggestedRunName() const {
    // A profile file names the run by its stem ("mine.json" -> "mine"), never by its path.
    const bool isFile = profile.endsWith(QLatin1String(".json")) || profile.contains(QLatin1Char('/'));
    const QString profileName = isFile ? QFileInfo(profile).completeBaseName() : profile;
    return QStringLiteral("%1_k%2_seed%3_%4").arg(method).arg(labeledTarget).arg(seed).arg(profileName);
}

} // namespace crossseg::ui
