// Dataset discovery (manifest, MM-WHS, nnU-Net), loading with label mapping and reorientation, validation, stored
// intensities in physical units, obliquity, and the shared abdomen CT/MR data when it is present.
#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/DatasetValidator.h"
#include "core/dataset/LabelMapper.h"
#include "core/dataset/MmwhsFolder.h"
#include "core/image/Reorienter.h"
#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/preprocess/SliceCache.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include "DatasetTestData.h"
#include "TestData.h"

#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <algorithm>

using namespace crossseg;
namespace fs = std::filesystem;

using namespace crossseg::test;

class CoreDatasetTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path path(const std::string& name) const { return fs::path(dir_.path().toStdString()) / name; }

    // See crossseg::test::writeManifestDataset: in this test's scratch folder.
    fs::path writeManifestDataset(const std::string& folderName) {
        return crossseg::test::writeManifestDataset(path(folderName));
    }

private Q_SLOTS:
    void manifestIsParsed() {
        const fs::path root = writeManifestDataset("manifest");
        for (const fs::path& given : {root, root / "dataset.json"}) {
            const Dataset d = DatasetDiscovery::open(given);
            QCOMPARE(QString::fromStdString(d.name), QString("tiny"));
            QCOMPARE(QString::fromStdString(d.layout), QString("manifest"));
            QCOMPARE(d.classes.size(), std::size_t(3));
            QCOMPARE(d.cases.size(), std::size_t(3));
            QVERIFY(d.modality("ct")->role == ModalityRole::Target);
            QVERIFY(d.modality("mr")->role == ModalityRole::Assistant);
            QCOMPARE(d.modality("ct")->labelMap.at(6), 1);
            QVERIFY(!d.modality("ct")->labelMapIsStrict);
            QVERIFY(d.modality("mr")->labelMapIsStrict);
            QCOMPARE(d.casesInSplit("ct_test").front()->id, std::string("ct_b"));
            QVERIFY(!d.findCase("ct_b")->hasLabel());
            QVERIFY(d.findCase("mr_a")->image.is_absolute());
            QVERIFY(fs::exists(d.findCase("mr_a")->image));
        }
    }

    void manifestLabelsMapToClassesAndUnknownValuesBecomeBackground() {
        const Dataset d = DatasetDiscovery::open(writeManifestDataset("mapping"));
        const LoadedCase ct = DatasetLoader::load(d, *d.findCase("ct_a"));
        QVERIFY(ct.storedLabelValues == std::vector<int>({0, 1, 6, 7}));
        // Stored pattern 0, 6, 1, 7 -> classes 0, 1, 2, 0 (7 is not in the map: background).
        QCOMPARE(int(ct.labels.voxels()[0]), 0);
        QCOMPARE(int(ct.labels.voxels()[1]), 1);
        QCOMPARE(int(ct.labels.voxels()[2]), 2);
        QCOMPARE(int(ct.labels.voxels()[3]), 0);
        QCOMPARE(QString::fromStdString(ct.originalOrientation), QString("LPS"));

        const LoadedCase mr = DatasetLoader::load(d, *d.findCase("mr_a"));
        QCOMPARE(QString::fromStdString(mr.originalOrientation), QString("LAS"));
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(mr.image.geometry())), QString("LPS"));
        QVERIFY(mr.labels.geometry().sameGrid(mr.image.geometry()));
        QVERIFY(mr.originalGeometry.sameGrid(lasGrid()));
        // Reorientation moves voxels, not their values' places in the patient: back on the original grid the
        // classes follow the stored pattern 0, 1, 4 -> 0, 1, 2.
        const LabelVolume back = Reorienter::toOriginal(mr.labels, mr.originalGeometry);
        for (std::size_t n = 0; n < 6; ++n) QCOMPARE(int(back.voxels()[n]), int(n % 3));

        const LoadedCase unlabelled = DatasetLoader::load(d, *d.findCase("ct_b"));
        QVERIFY(unlabelled.labels.empty());
        QVERIFY(!unlabelled.image.empty());
    }

    void correctedClassesGoBackToTheFilesCodesAndKeepWhatTheMapDrops() {
        // BTCV-like coding: 6 liver -> 1, 1 spleen -> 4; 4 (gallbladder) is not mapped (read as background).
        DatasetModality ct;
        ct.labelMap = {{6, 1}, {2, 2}, {3, 3}, {1, 4}};
        const LabelMapper mapper(ct);
        VolumeGeometry g;
        g.size = {6, 1, 1};
        LabelVolume stored(g);
        stored.voxels() = {0, 6, 6, 4, 4, 1};
        LabelVolume classes = mapper.toClasses(stored, "ct_00_label.nii.gz");
        QVERIFY((classes.voxels() == std::vector<std::uint16_t>{0, 1, 1, 0, 0, 4}));
        // The user erases one liver voxel, paints liver over one gallbladder voxel and spleen where nothing was.
        classes.voxels() = {4, 0, 1, 1, 0, 4};
        QVERIFY((mapper.toStored(classes, &stored).voxels() == std::vector<std::uint16_t>{1, 0, 6, 6, 4, 1}));
        // Without the file the labels came from (a prediction): the map's codes only.
        QVERIFY((mapper.toStored(classes, nullptr).voxels() == std::vector<std::uint16_t>{1, 0, 6, 6, 0, 1}));
    }

    void strictManifestMapRefusesUnknownValues() {
        const fs::path root = writeManifestDataset("strict");
        VolumeWriter::writeLabels(cyclingLabels(lasGrid(), {0, 1, 4, 9}), root / "mr/a_label.mha");
        const Dataset d = DatasetDiscovery::open(root);
        const QString message = inputErrorOf([&] { DatasetLoader::load(d, *d.findCase("mr_a")); });
        QVERIFY2(message.contains("a_label.mha") && message.contains("9"), qPrintable(message));
    }

    void mmwhsFolderMapsCodesToSevenClasses() {
        const fs::path root = path("mmwhs");
        const std::vector<std::uint16_t> codes{0, 205, 420, 500, 550, 600, 820, 850};
        VolumeWriter::writeImage(rampImage(lpsGrid()), root / "ct_train" / "ct_train_1001_image.nii.gz");
        VolumeWriter::writeLabels(cyclingLabels(lpsGrid(), codes), root / "ct_train" / "ct_train_1001_label.nii.gz");
        VolumeWriter::writeImage(rampImage(lasGrid()), root / "mr_train_1002_image.nii.gz");
        VolumeWriter::writeLabels(cyclingLabels(lasGrid(), codes), root / "mr_train_1002_label.nii.gz");
        VolumeWriter::writeImage(rampImage(lpsGrid()), root / "ct_test_2001_image.nii.gz");
        writeText(root / "notes.txt", "not a volume");

        const Dataset d = DatasetDiscovery::open(root);
        QCOMPARE(QString::fromStdString(d.layout), QString("mmwhs"));
        QCOMPARE(d.classes.size(), std::size_t(8));
        QCOMPARE(QString::fromStdString(d.classes[1]), QString("myocardium"));
        QCOMPARE(QString::fromStdString(d.classes[7]), QString("pulmonary_artery"));
        QCOMPARE(d.cases.size(), std::size_t(3));
        QVERIFY(d.modality("ct")->role == ModalityRole::Target);
        QVERIFY(d.modality("mr")->role == ModalityRole::Assistant);
        QVERIFY(d.modality("ct")->labelMapIsStrict);
        QCOMPARE(d.casesInSplit("ct_train").size(), std::size_t(1));
        QCOMPARE(d.casesInSplit("ct_test").front()->id, std::string("ct_test_2001"));
        QCOMPARE(d.casesInSplit("mr_train").front()->id, std::string("mr_train_1002"));
        QVERIFY(!d.findCase("ct_test_2001")->hasLabel());

        const LoadedCase ct = DatasetLoader::load(d, *d.findCase("ct_train_1001"));
        for (std::size_t n = 0; n < 8; ++n) QCOMPARE(int(ct.labels.voxels()[n]), int(n)); // 205 -> 1 ... 850 -> 7
        const LoadedCase mr = DatasetLoader::load(d, *d.findCase("mr_train_1002"));
        QCOMPARE(QString::fromStdString(mr.originalOrientation), QString("LAS"));
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(mr.labels.geometry())), QString("LPS"));

        // MM-WHS maps are strict: a stray code (421 occurs in the real challenge data) is an error.
        VolumeWriter::writeLabels(cyclingLabels(lpsGrid(), {0, 205, 421}), root / "ct_train" / "ct_train_1001_label.nii.gz");
        const QString message = inputErrorOf([&] { DatasetLoader::load(d, *d.findCase("ct_train_1001")); });
        QVERIFY2(message.contains("ct_train_1001_label.nii.gz") && message.contains("421"), qPrintable(message));
    }

    void nnunetFolderIsOneModality() {
        const fs::path root = path("Dataset027_Heart");
        writeText(root / "dataset.json", R"({"channel_names": {"0": "CT"}, "labels": {"background": 0, "heart": 1,
                   "aorta": 2}, "numTraining": 2, "file_ending": ".nii.gz"})");
        for (const char* id : {"heart_001", "heart_002"}) {
            VolumeWriter::writeImage(rampImage(lpsGrid()), root / "imagesTr" / (std::string(id) + "_0000.nii.gz"));
            VolumeWriter::writeLabels(cyclingLabels(lpsGrid(), {0, 1, 2}), root / "labelsTr" / (std::string(id) + ".nii.gz"));
        }
        VolumeWriter::writeImage(rampImage(lpsGrid()), root / "imagesTs" / "heart_101_0000.nii.gz");

        const Dataset d = DatasetDiscovery::open(root);
        QCOMPARE(QString::fromStdString(d.layout), QString("nnunet"));
        QCOMPARE(d.modalities.size(), std::size_t(1));
        QVERIFY(d.modality("ct") != nullptr);
        QVERIFY(d.modality("ct")->role == ModalityRole::Target);
        QVERIFY(d.classes == std::vector<std::string>({"background", "heart", "aorta"}));
        QCOMPARE(d.casesInSplit("ct_train").size(), std::size_t(2));
        QCOMPARE(d.casesInSplit("ct_test").size(), std::size_t(1));
        for (const auto& c : d.cases) QVERIFY2(c.problems.empty(), c.problems.empty() ? "" : c.problems[0].c_str());
        const LoadedCase loaded = DatasetLoader::load(d, *d.findCase("heart_002"));
        QCOMPARE(int(loaded.labels.voxels()[2]), 2);

        DatasetDiscovery::Options assistant;
        assistant.nnunetRole = ModalityRole::Assistant;
        QVERIFY(DatasetDiscovery::open(root, assistant).modality("ct")->role == ModalityRole::Assistant);

        // nnU-Net label maps are strict.
        VolumeWriter::writeLabels(cyclingLabels(lpsGrid(), {0, 1, 3}), root / "labelsTr" / "heart_001.nii.gz");
        const QString message = inputErrorOf([&] { DatasetLoader::load(d, *d.findCase("heart_001")); });
        QVERIFY2(message.contains("heart_001.nii.gz") && message.contains("3"), qPrintable(message));
    }

    void missingEmptyAndUnknownFoldersAreRefused() {
        QString message = inputErrorOf([&] { DatasetDiscovery::open(path("no-such-dataset")); });
        QVERIFY2(message.contains("no-such-dataset") && message.contains("does not exist"), qPrintable(message));
        fs::create_directories(path("empty-dataset"));
        message = inputErrorOf([&] { DatasetDiscovery::open(path("empty-dataset")); });
        QVERIFY2(message.contains("empty-dataset") && message.contains("empty"), qPrintable(message));
        writeText(path("random-files") / "holiday.jpg", "jpeg");
        message = inputErrorOf([&] { DatasetDiscovery::open(path("random-files")); });
        QVERIFY2(message.contains("random-files") && message.contains("no dataset found"), qPrintable(message));
    }

    void malformedManifestsNameTheFile() {
        writeText(path("broken") / "dataset.json", "{\"name\": \"x\", \"modalities\": {");
        QString message = inputErrorOf([&] { DatasetDiscovery::open(path("broken")); });
        QVERIFY2(message.contains("dataset.json") && message.contains("JSON"), qPrintable(message));

        const fs::path root = writeManifestDataset("badsplit");
        std::string text = kManifest;
        text.replace(text.find("\"ct_test\": [\"ct_b\"]"), 19, "\"ct_test\": [\"ct_zz\"]");
        writeText(root / "dataset.json", text);
        message = inputErrorOf([&] { DatasetDiscovery::open(root); });
        QVERIFY2(message.contains("dataset.json") && message.contains("ct_zz"), qPrintable(message));

        text = kManifest;
        text.replace(text.find("\"6\": 1"), 6, "\"6\": 9");
        writeText(root / "dataset.json", text);
        message = inputErrorOf([&] { DatasetDiscovery::open(root); });
        QVERIFY2(message.contains("label_map") && message.contains("class index"), qPrintable(message));

        text = kManifest;
        text.replace(text.find("\"role\": \"target\""), 16, "\"role\": 7");
        writeText(root / "dataset.json", text);
        message = inputErrorOf([&] { DatasetDiscovery::open(root); });
        QVERIFY2(message.contains("dataset.json") && !message.startsWith("NO"), qPrintable(message));
    }

    void mismatchedGridIsRefusedAndNothingIsOverwritten() {
        const fs::path root = writeManifestDataset("mismatch");
        VolumeGeometry other = lpsGrid();
        other.size = {6, 5, 3};
        VolumeWriter::writeLabels(cyclingLabels(other, {0, 6}), root / "ct/a_label.nii.gz");
        const std::string imageBefore = readBytes(root / "ct/a_image.nii.gz");
        const std::string labelBefore = readBytes(root / "ct/a_label.nii.gz");
        const Dataset d = DatasetDiscovery::open(root);
        const QString message = inputErrorOf([&] { DatasetLoader::load(d, *d.findCase("ct_a")); });
        QVERIFY2(message.contains("a_label.nii.gz") && message.contains("grid"), qPrintable(message));
        QVERIFY(readBytes(root / "ct/a_image.nii.gz") == imageBefore);
        QVERIFY(readBytes(root / "ct/a_label.nii.gz") == labelBefore);
    }

    void validatorRecordsEveryProblemWithoutStopping() {
        const fs::path root = writeManifestDataset("validate");
        VolumeGeometry other = lpsGrid();
        other.spacing = {2.0, 1.0, 2.0};
        VolumeWriter::writeLabels(cyclingLabels(other, {0, 6}), root / "ct/a_label.nii.gz"); // grid mismatch
        ImageVolume withNaN = rampImage(lpsGrid());
        withNaN.voxels()[5] = std::numeric_limits<float>::quiet_NaN();
        VolumeWriter::writeImage(withNaN, root / "ct/b_image.nii.gz");
        VolumeWriter::writeLabels(cyclingLabels(lasGrid(), {0, 1, 4, 12}), root / "mr/a_label.mha"); // strict map

        Dataset d = DatasetDiscovery::open(root);
        const auto reports = DatasetValidator::validate(d);
        QCOMPARE(reports.size(), std::size_t(3));
        const auto& a = reports[0];
        QCOMPARE(a.caseId, std::string("ct_a"));
        QVERIFY(a.imageReadable);
        QVERIFY(!a.healthy());
        QVERIFY(QString::fromStdString(a.problems[0]).contains("grid"));
        QVERIFY(QString::fromStdString(reports[1].problems.at(0)).contains("NaN"));
        QVERIFY(!reports[1].imageReadable);
        QVERIFY(QString::fromStdString(reports[2].problems.at(0)).contains("12"));
        QCOMPARE(QString::fromStdString(reports[2].orientationBefore), QString("LAS"));
        QCOMPARE(QString::fromStdString(reports[2].orientationAfter), QString("LPS"));
        QVERIFY(reports[2].labelValues == std::vector<int>({0, 1, 4, 12}));
        for (std::size_t n = 0; n < 3; ++n) QVERIFY(d.cases[n].problems == reports[n].problems);

        // A missing file is a problem of its case, found at discovery, not a reason to refuse the dataset.
        fs::remove(root / "ct/b_image.nii.gz");
        Dataset again = DatasetDiscovery::open(root);
        QVERIFY(!again.findCase("ct_b")->problems.empty());
        QVERIFY(!DatasetValidator::validateCase(again, *again.findCase("ct_b")).healthy());
    }

    void inspectCommandPrintsEveryCaseAsJson() {
        const QString cli = QString::fromStdString(crossseg::test::cliExecutable());
        if (!QFileInfo(cli).isExecutable()) QSKIP("the crossseg executable is not built: skipping the inspect test");
        const fs::path root = writeManifestDataset("inspect");
        VolumeWriter::writeLabels(cyclingLabels(lasGrid(), {0, 1, 4, 12}), root / "mr/a_label.mha");
        const QString rootArgument = QString::fromStdString(root.string());

        QProcess inspect;
        inspect.start(cli, {"--quiet", "inspect", "--dataset", rootArgument});
        QVERIFY(inspect.waitForFinished(120000));
        QCOMPARE(inspect.exitCode(), 0);
        const auto report = nlohmann::json::parse(inspect.readAllStandardOutput().toStdString());
        QCOMPARE(QString::fromStdString(report["layout"].get<std::string>()), QString("manifest"));
        QCOMPARE(report["modalities"]["ct"]["cases"].size(), std::size_t(2));
        const auto& ct = report["modalities"]["ct"]["cases"][0];
        QVERIFY(ct["label_values"] == nlohmann::json::array({0, 1, 6, 7}));
        QVERIFY(ct["size"] == nlohmann::json::array({6, 5, 4}));
        QVERIFY(ct["problems"].empty());
        const auto& mr = report["modalities"]["mr"]["cases"][0];
        QCOMPARE(QString::fromStdString(mr["orientation"]["before"].get<std::string>()), QString("LAS"));
        QCOMPARE(QString::fromStdString(mr["orientation"]["after"].get<std::string>()), QString("LPS"));
        QCOMPARE(mr["problems"].size(), std::size_t(1));
        QCOMPARE(report["summary"]["cases_with_problems"].get<int>(), 1);
        QVERIFY(ct["obliquity"]["oblique"] == false);
        QCOMPARE(ct["obliquity"]["degrees"].get<double>(), 0.0);
        QCOMPARE(report["summary"]["oblique_cases"].get<int>(), 0);

        // An oblique case (tilted 20 degrees about z, as a cardiac short-axis stack is) and a label that differs
        // from its image only in origin: both are said in words.
        VolumeGeometry tilted = lpsGrid();
        const double t = 20.0 * 3.14159265358979323846 / 180.0;
        tilted.direction = {std::cos(t), -std::sin(t), 0, std::sin(t), std::cos(t), 0, 0, 0, 1};
        VolumeWriter::writeImage(rampImage(tilted), root / "ct/b_image.nii.gz");
        VolumeGeometry shifted = lpsGrid();
        shifted.origin[0] += 3.0;
        VolumeWriter::writeLabels(cyclingLabels(shifted, {0, 6}), root / "ct/a_label.nii.gz");
        inspect.start(cli, {"--quiet", "inspect", "--dataset", rootArgument});
        QVERIFY(inspect.waitForFinished(120000));
        const auto again = nlohmann::json::parse(inspect.readAllStandardOutput().toStdString());
        const auto& oblique = again["modalities"]["ct"]["cases"][1]["obliquity"];
        QVERIFY(std::abs(oblique["degrees"].get<double>() - 20.0) < 0.01);
        QVERIFY(oblique["oblique"] == true);
        QVERIFY(QString::fromStdString(oblique["text"].get<std::string>()).startsWith("oblique: 20.0 degrees"));
        QCOMPARE(again["summary"]["oblique_cases"].get<int>(), 1);
        const auto& misplaced = again["modalities"]["ct"]["cases"][0];
        QVERIFY(QString::fromStdString(misplaced["label_grid_differs"].get<std::string>()).contains("origin differs by 3 mm"));
        QVERIFY(QString::fromUtf8(inspect.readAllStandardError()).contains("case ct_b: oblique: 20.0 degrees"));
        writeManifestDataset("inspect"); // back to the healthy files for the checks below
        VolumeWriter::writeLabels(cyclingLabels(lasGrid(), {0, 1, 4, 12}), root / "mr/a_label.mha");

        inspect.start(cli, {"--quiet", "inspect", "--fail-on-problems", "--dataset", rootArgument});
        QVERIFY(inspect.waitForFinished(120000));
        QVERIFY(inspect.exitCode() != 0);

        inspect.start(cli, {"inspect", "--dataset", rootArgument + "/missing"});
        QVERIFY(inspect.waitForFinished(120000));
        QVERIFY(inspect.exitCode() != 0);
        QVERIFY(QString::fromUtf8(inspect.readAllStandardError()).contains("missing"));
    }

    void sharedAbdomenDataLoadsInOneOrientationWithPlausibleAnatomy() {
        CROSSSEG_REQUIRE_SHARED_DATA(shared);
        const auto started = std::chrono::steady_clock::now();
        const Dataset d = DatasetDiscovery::open(shared / "abdomen-ct-mr");
        QCOMPARE(d.cases.size(), std::size_t(50));
        QCOMPARE(d.casesOfModality("ct").size(), std::size_t(30));
        QCOMPARE(d.casesOfModality("mr").size(), std::size_t(20));
        QVERIFY(d.classes == std::vector<std::string>({"background", "liver", "right_kidney", "left_kidney", "spleen"}));
        for (const auto& c : d.cases) {
            const LoadedCase loaded = DatasetLoader::load(d, c);
            const QByteArray what = QByteArray::fromStdString(c.id);
            QVERIFY2(QString::fromStdString(loaded.originalOrientation) == (c.modality == "ct" ? "LPS" : "LAS"), what);
            QVERIFY2(Reorienter::orientationCode(loaded.image.geometry()) == "LPS", what);
            QVERIFY2(loaded.labels.geometry().sameGrid(loaded.image.geometry()), what);
            const ClassCentroids organs = centroidsOf(loaded.labels, d.classes.size());
            for (std::size_t organ = 1; organ < d.classes.size(); ++organ)
                QVERIFY2(organs.count[organ] > 0, what + " lacks " + QByteArray::fromStdString(d.classes[organ]));

            // In LPS, y grows towards the back and x towards the patient's left.
            const auto& liver = organs.centre[1];
            const auto& rightKidney = organs.centre[2];
            const auto& leftKidney = organs.centre[3];
            const auto& spleen = organs.centre[4];
            QVERIFY2(liver[1] < (rightKidney[1] + leftKidney[1]) / 2.0, what + " liver is not anterior to the kidneys");
            QVERIFY2(liver[0] < spleen[0], what + " liver is not on the patient's right of the spleen");
            QVERIFY2(rightKidney[0] < leftKidney[0], what + " kidneys are swapped");
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        qInfo("loaded, checked and reoriented 50 shared cases in %.1f s", seconds);
    }
};

int runTestCoreDataset(int argc, char** argv) {
    CoreDatasetTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "CoreDatasetTest.moc"
