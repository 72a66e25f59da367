// The training wizard: label-set checks between modalities, the composed training dataset, every page walked
// with Next, choices remembered, the demo profile proposed for the demo phantom, and mismatched or broken datasets
// refused on the page.
#include "TrainingTestSupport.h"

#include "ui/model/LabelSetCheck.h"
#include "ui/model/TrainingDatasetComposer.h"
#include "ui/wizard/MethodSelectionPage.h"
#include "ui/wizard/SlurmExportDialog.h"
#include "ui/wizard/TrainingWizard.h"
#include "core/learn/Method.h"
#include "core/learn/TrainingProfile.h"
#include "core/phantom/DemoDatasetGenerator.h"
#include "core/util/InputError.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

using namespace crossseg;
using namespace crossseg::ui;
using namespace crossseg::test;

class WizardTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir scratch_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        TrainingWizard::setSettingsFile(scratch_.filePath("settings.ini"));
    }

    void labelSetCheckMatchesClassesByName() {
        Dataset target = abdomenLike();
        // The assistant names and orders its classes differently; the check must still pair them by name.
        Dataset assistant = makeDataset("other", {"background", "Spleen", "Left-Kidney", "right kidney", "LIVER"},
                                        {{"mr", {{1, 1}, {2, 2}, {3, 3}, {4, 4}}}});
        const LabelSetCheck check = LabelSetCheck::compare(target, "ct", assistant, "mr");
        QVERIFY(check.matches());
        QCOMPARE(check.rows().size(), std::size_t(4));
        QCOMPARE(check.rows()[0].className, std::string("liver"));
        QCOMPARE(check.rows()[0].assistantClassIndex, 4);
        QCOMPARE(check.rows()[0].targetValues, std::vector<int>{6});
        QCOMPARE(check.rows()[0].assistantValues, std::vector<int>{4});
    }

    void labelSetCheckReportsEveryMismatch() {
        Dataset target = abdomenLike();
        Dataset heart = makeDataset("heart", {"background", "liver", "myocardium"}, {{"mr", {{1, 1}, {2, 2}}}});
        const LabelSetCheck check = LabelSetCheck::compare(target, "ct", heart, "mr");
        QVERIFY(!check.matches());
        // right_kidney, left_kidney, spleen only in the target; myocardium only in the assistant.
        QCOMPARE(check.problems().size(), std::size_t(4));
        // A label map that never reaches a class is a mismatch too, even with identical class names.
        Dataset holes = abdomenLike();
        holes.modalities["mr"].labelMap.erase(252);
        QVERIFY(!LabelSetCheck::compare(holes, "ct", holes, "mr").matches());
    }

    void composerRenumbersTheAssistantOntoTargetClasses() {
        Dataset target = abdomenLike();
        Dataset assistant = makeDataset("other", {"background", "spleen", "left_kidney", "right_kidney", "liver"},
                                        {{"mr", {{10, 1}, {20, 2}, {30, 3}, {40, 4}}}});
        const Dataset composed = TrainingDatasetComposer::compose(target, "ct", assistant, "mr");
        QCOMPARE(composed.classes, target.classes);
        QVERIFY(composed.modalities.at("ct").role == ModalityRole::Target);
        QVERIFY(composed.modalities.at("mr").role == ModalityRole::Assistant);
        // File value 40 is the assistant's liver (its class 4) and must become the target's liver (class 1).
        QCOMPARE(composed.modalities.at("mr").labelMap.at(40), 1);
        QCOMPARE(composed.modalities.at("mr").labelMap.at(10), 4);
        QCOMPARE(composed.casesOfModality("mr").size(), std::size_t(3));
        QCOMPARE(composed.splits.at("mr_train").size(), std::size_t(3));
    }

    void wizardWalksEveryPageAndRemembersChoices() {
        TrainingWizard wizard([](const std::filesystem::path&) { return abdomenLike(); });
        wizard.show();
        QCOMPARE(wizard.currentId(), int(TrainingWizard::DatasetsPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no dataset yet
        auto* pathEdit = wizard.findChild<QLineEdit*>("datasetPathEdit");
        QTest::keyClicks(pathEdit, "/data/abdomen");
        QTest::mouseClick(wizard.findChild<QPushButton*>("addDatasetButton"), Qt::LeftButton);
        saveScreenshot(&wizard, "wizard-1-datasets.png");
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(TrainingWizard::RolesPage));
        auto* target = wizard.findChild<QComboBox*>("targetCombo");
        auto* assistant = wizard.findChild<QComboBox*>("assistantCombo");
        // Roles default to the manifest's: ct is the target, mr the assistant.
        QCOMPARE(target->currentData().toStringList().value(1), QString("ct"));
        QCOMPARE(assistant->currentData().toStringList().value(1), QString("mr"));
        assistant->setCurrentIndex(target->currentIndex());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // same modality twice
        assistant->setCurrentIndex(1 - target->currentIndex());
        saveScreenshot(&wizard, "wizard-2-roles.png");
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(TrainingWizard::LabelSetPage));
        auto* table = wizard.findChild<QTableWidget*>("labelMappingTable");
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(table->item(2, 2)->text().contains("189")); // left_kidney <- MR value 189
        saveScreenshot(&wizard, "wizard-3-label-sets.png");
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(TrainingWizard::MethodPage));
        auto* method = wizard.findChild<QComboBox*>("methodCombo");
        QCOMPARE(method->currentText(), QString("mkd-iam")); // the default
        method->setCurrentIndex(method->findText("target-only"));
        auto* profile = wizard.findChild<QComboBox*>("profileCombo");
        profile->setCurrentIndex(profile->findText("smoke"));
        auto* k = wizard.findChild<QSpinBox*>("labeledTargetSpin");
        QCOMPARE(k->maximum(), 3); // three labelled CT cases
        k->setValue(2);
        wizard.findChild<QSpinBox*>("seedSpin")->setValue(7);
        saveScreenshot(&wizard, "wizard-4-method.png");
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(TrainingWizard::DevicePage));
        auto* devices = wizard.findChild<QListWidget*>("deviceList");
        QVERIFY(devices->count() >= 1);
        QCOMPARE(devices->item(0)->data(Qt::UserRole).toString(), QString("cpu"));
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(TrainingWizard::SummaryPage));
        wizard.findChild<QLineEdit*>("runsFolderEdit")->setText(scratch_.filePath("runs"));
        QCOMPARE(wizard.findChild<QLineEdit*>("runNameEdit")->text(), QString("target-only_k2_seed7_smoke"));
        QVERIFY(wizard.findChild<QLabel*>("summaryLabel")->text().contains("target-only"));
        saveScreenshot(&wizard, "wizard-6-summary.png");
        QSignalSpy requested(&wizard, &TrainingWizard::trainingRequested);
        QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QString("Start"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);

        const TrainingRequest request = wizard.request();
        QVERIFY(request.config.method == Method::TargetOnly); // parsed once, by the wizard
        QCOMPARE(request.config.profile, std::string("smoke"));
        QCOMPARE(request.config.labeledTarget, 2);
        QCOMPARE(request.config.seed, std::uint64_t(7));
        QCOMPARE(request.config.device, std::string("cpu"));
        QVERIFY(request.dataset.modalities.at("mr").role == ModalityRole::Assistant);

        // A new wizard starts from the remembered choices.
        TrainingWizard again([](const std::filesystem::path&) { return abdomenLike(); });
        QCOMPARE(again.choices().datasetPaths, QStringList{"/data/abdomen"});
        QCOMPARE(again.choices().method, QString("target-only"));
        QCOMPARE(again.choices().profile, QString("smoke"));
        QCOMPARE(again.choices().labeledTarget, 2);
        QCOMPARE(again.choices().seed, 7);
        QCOMPARE(again.choices().runsFolder, scratch_.filePath("runs"));
    }

    void wizardProposesTheDemoProfileForTheDemoPhantom() {
        // The demo phantom is recognised by the generator's marker file in its folder.
        QTemporaryDir demoFolder;
        std::ofstream(std::filesystem::path(demoFolder.path().toStdString()) / DemoDatasetGenerator::markerFileName())
            << "{}";
        auto phantom = [&demoFolder](const std::filesystem::path&) {
            Dataset d = makeDataset("demo", {"background", "myocardium"}, {{"ct", {{205, 1}}}, {"mr", {{205, 1}}}});
            d.root = demoFolder.path().toStdString();
            return d;
        };
        QSettings(TrainingWizard::settingsFile(), QSettings::IniFormat).clear(); // a first start
        TrainingWizard wizard(phantom);
        wizard.choices().datasetPaths = {demoFolder.path()};
        wizard.show();
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::MethodPage));
        QCOMPARE(wizard.findChild<QComboBox*>("profileCombo")->currentText(), QString("demo"));

        // Any other dataset: the converged profile, also after the demo was chosen before (other datasets, new
        // proposal), with what it costs.
        TrainingWizard other([](const std::filesystem::path&) { return abdomenLike(); });
        other.choices().datasetPaths = {demoFolder.path()};
        other.choices().profile = QStringLiteral("demo");
        other.show();
        auto* pathList = other.findChild<QListWidget*>("datasetList");
        QVERIFY(pathList);
        pathList->setCurrentRow(0);
        QTest::mouseClick(other.findChild<QPushButton*>("removeDatasetButton"), Qt::LeftButton);
        QTest::keyClicks(other.findChild<QLineEdit*>("datasetPathEdit"), "/data/abdomen");
        QTest::mouseClick(other.findChild<QPushButton*>("addDatasetButton"), Qt::LeftButton);
        clickNext(other);
        clickNext(other);
        clickNext(other);
        QCOMPARE(other.currentId(), int(TrainingWizard::MethodPage));
        QCOMPARE(other.findChild<QComboBox*>("profileCombo")->currentText(), QString("cpu-converged"));
        const QString cost = MethodSelectionPage::profileDescription("cpu-converged");
        QVERIFY2(cost.contains("2400 iterations") && cost.contains("minutes"), qPrintable(cost));
        QVERIFY(TrainingProfile::named("cpu-converged").iterations == 2400); // what the description says
        saveScreenshot(&other, "wizard-4-method-real-data.png");
    }

    void wizardTakesAJsonProfileFileAsTheCommandLineDoes() {
        const QString good = scratch_.filePath("mine.json");
        std::ofstream(good.toStdString()) << R"({"base": "smoke", "iterations": 7})";
        const QString bad = scratch_.filePath("typo.json");
        std::ofstream(bad.toStdString()) << R"({"base": "smoke", "iteratoins": 7})";
        TrainingWizard wizard([](const std::filesystem::path&) { return abdomenLike(); });
        wizard.choices().datasetPaths = {"/data/abdomen"};
        wizard.show();
        for (int page = TrainingWizard::DatasetsPage; page < TrainingWizard::MethodPage; ++page) clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::MethodPage));
        auto* profile = wizard.findChild<QComboBox*>("profileCombo");
        profile->setEditText(bad);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::MethodPage)); // refused on the page, naming the problem
        QVERIFY(wizard.findChild<QLabel*>("profileErrorLabel")->text().contains("typo.json"));
        profile->setEditText(good);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::DevicePage));
        clickNext(wizard);
        wizard.findChild<QLineEdit*>("runsFolderEdit")->setText(scratch_.filePath("runs"));
        QVERIFY(wizard.findChild<QLineEdit*>("runNameEdit")->text().endsWith("_mine"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.request().config.profile, good.toStdString());
    }

    void wizardExportsTheTrainingAsASlurmJob() {
        TrainingWizard wizard([](const std::filesystem::path&) { return abdomenLike(); });
        wizard.choices().datasetPaths = {"/data/abdomen"};
        wizard.choices().method = "mkd";
        wizard.choices().profile = "smoke";
        wizard.show();
        for (int page = TrainingWizard::DatasetsPage; page < TrainingWizard::SummaryPage; ++page) clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::SummaryPage));
        wizard.findChild<QLineEdit*>("runNameEdit")->setText("cluster-run");
        QTest::mouseClick(wizard.findChild<QPushButton*>("exportSlurmButton"), Qt::LeftButton);
        auto* dialog = wizard.findChild<SlurmExportDialog*>("slurmExportDialog");
        QVERIFY(dialog);
        dialog->findChild<QSpinBox*>("slurmNodes")->setValue(2);
        dialog->findChild<QLineEdit*>("slurmPartition")->setText("gpu");
        QVERIFY(dialog->findChild<QPlainTextEdit*>("slurmPreview")->toPlainText().contains("--nodes=2"));
        saveScreenshot(dialog, "wizard-slurm-export.png");
        const QString file = scratch_.filePath("cluster-run.sbatch");
        QVERIFY(dialog->saveTo(file));
        std::ifstream in(file.toStdString());
        const std::string script((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (const char* expected : {"#SBATCH --nodes=2", "#SBATCH --partition=gpu", "#SBATCH --job-name=cluster-run",
                                     "--method mkd", "--profile smoke", "--seed 0"})
            QVERIFY2(script.find(expected) != std::string::npos, expected);
        QVERIFY(QFileInfo(file).isExecutable());
        dialog->close();
    }

    void wizardRefusesMismatchedLabelSets() {
        // Two datasets: CT of the abdomen, MR of the heart. The label-set page must stop here.
        TrainingWizard wizard([](const std::filesystem::path& path) {
            if (path.filename() == "heart") return makeDataset("heart", {"background", "myocardium"}, {{"mr", {{205, 1}}}});
            return makeDataset("abdomen", {"background", "liver"}, {{"ct", {{6, 1}}}});
        });
        wizard.choices().datasetPaths = {"/data/abdomen", "/data/heart"};
        wizard.show();
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::RolesPage));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::LabelSetPage));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* verdict = wizard.findChild<QLabel*>("labelSetVerdictLabel");
        QVERIFY(verdict->text().contains("myocardium"));
        saveScreenshot(&wizard, "wizard-3-label-set-mismatch.png");
        QVERIFY_THROWS_EXCEPTION(std::exception, TrainingDatasetComposer::compose(
                                                     wizard.datasets()[0], "ct", wizard.datasets()[1], "mr"));
    }

    void wizardShowsDatasetErrorsOnThePage() {
        TrainingWizard wizard([](const std::filesystem::path& path) -> Dataset {
            throw InputError(path, "no dataset.json, no MM-WHS files and no nnU-Net layout");
        });
        wizard.choices().datasetPaths = {"/nowhere"};
        wizard.show();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(TrainingWizard::DatasetsPage));
        QVERIFY(wizard.findChild<QLabel*>("datasetErrorLabel")->text().contains("/nowhere"));
    }
};

int runWizardTest(int argc, char** argv) {
    WizardTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "WizardTest.moc"
