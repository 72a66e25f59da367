#pragma once
// What the ui_training test classes share: datasets described in memory, a run's state, screenshots, and the
// steps a user takes in the wizard and the monitor.
#include "TestData.h"
#include "core/dataset/Dataset.h"
#include "ui/tasks/BackgroundTraining.h"
#include "ui/monitor/TrainingMonitor.h"
#include "ui/model/TrainingRequest.h"
#include "ui/wizard/TrainingWizard.h"

#include <QAbstractButton>
#include <QStringList>
#include <QWidget>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace crossseg::test {

using ui::BackgroundTraining;
using ui::TrainingMonitor;
using ui::TrainingRequest;
using ui::TrainingWizard;


// A dataset described in memory: the wizard only needs what discovery returns.
inline Dataset makeDataset(const std::string& name, const std::vector<std::string>& classes,
                    const std::map<std::string, std::map<int, int>>& labelMaps) {
    Dataset d;
    d.name = name;
    d.root = "/data/" + name;
    d.layout = "manifest";
    d.classes = classes;
    for (const auto& [modality, map] : labelMaps) {
        DatasetModality m;
        m.name = modality;
        m.labelMap = map;
        m.role = modality == "ct" ? ModalityRole::Target : ModalityRole::Assistant;
        d.modalities[modality] = m;
        for (int i = 0; i < 3; ++i) {
            DatasetCase c;
            c.id = modality + "_" + std::to_string(i);
            c.modality = modality;
            c.image = d.root / (c.id + "_image.nii.gz");
            c.label = d.root / (c.id + "_label.nii.gz");
            d.cases.push_back(c);
            d.splits[modality + "_train"].push_back(c.id);
        }
    }
    return d;
}

inline Dataset abdomenLike() {
    return makeDataset("abdomen", {"background", "liver", "right_kidney", "left_kidney", "spleen"},
                       {{"ct", {{6, 1}, {2, 2}, {3, 3}, {1, 4}}}, {"mr", {{63, 1}, {126, 2}, {189, 3}, {252, 4}}}});
}

inline std::string statusState(const std::filesystem::path& runDir) {
    std::ifstream in(runDir / "status.json");
    if (!in) return {};
    try {
        nlohmann::json status;
        in >> status;
        return status.value("state", std::string());
    } catch (...) {
        return {}; // mid-rename on some file systems: try again
    }
}

inline void saveScreenshot(QWidget* widget, const QString& name) {
    widget->grab().save(QString::fromStdString((artifactDirectory() / name.toStdString()).string()));
}

// Walks the wizard from its current page to the summary with Next, as a user would.
inline void clickNext(TrainingWizard& wizard) {
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// Attaches a shown monitor to a training, with the request's foreground class names for the Dice curves.
inline void showMonitor(TrainingMonitor& monitor, BackgroundTraining& training, const TrainingRequest& request, QSize size) {
    monitor.resize(size);
    monitor.attach(&training);
    QStringList classes;
    for (std::size_t c = 1; c < request.dataset.classes.size(); ++c)
        classes << QString::fromStdString(request.dataset.classes[c]);
    monitor.setClassNames(classes);
    monitor.show();
}

} // namespace crossseg::test
