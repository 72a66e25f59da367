// The demo cardiac phantom: determinism, anatomy, the two modalities' appearance, files on disk and the
// protection of existing folders.
#include "TestData.h"

#include "core/image/Reorienter.h"
#include "core/io/VolumeReader.h"
#include "core/phantom/CardiacPhantom.h"
#include "core/phantom/DemoDatasetGenerator.h"
#include "core/phantom/PhantomRasterizer.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <fstream>
#include <map>
#include <set>

using namespace crossseg;

namespace {

const std::set<int> kMmwhsCodes{0, 205, 420, 500, 550, 600, 820, 850};

std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::filesystem::path pathOf(const QTemporaryDir& dir) { return std::filesystem::path(dir.path().toStdString()); }

// Volume of each label value in mm^3.
std::map<int, double> structureVolumes(const LabelVolume& labels) {
    const auto& s = labels.geometry().spacing;
    std::map<int, double> volumes;
    for (auto v : labels.voxels()) volumes[v] += s[0] * s[1] * s[2];
    return volumes;
}

// Mean intensity over the voxels of one tissue, away from its boundary (all 6 neighbours the same tissue), so that
// the partial-volume blur does not mix neighbours in.
double interiorMean(const ImageVolume& image, const TissueVolume& tissues, PhantomTissue tissue) {
    const auto t = static_cast<std::uint8_t>(tissue);
    const auto& size = tissues.geometry().size;
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t k = 1; k + 1 < size[2]; ++k)
        for (std::size_t j = 1; j + 1 < size[1]; ++j)
            for (std::size_t i = 1; i + 1 < size[0]; ++i)
                if (tissues.at(i, j, k) == t && tissues.at(i - 1, j, k) == t && tissues.at(i + 1, j, k) == t &&
                    tissues.at(i, j - 1, k) == t && tissues.at(i, j + 1, k) == t && tissues.at(i, j, k - 1) == t &&
                    tissues.at(i, j, k + 1) == t) {
                    sum += image.at(i, j, k);
                    ++count;
                }
    if (count == 0) QTest::qFail(("no interior voxels of tissue " + std::to_string(int(t))).c_str(), __FILE__, __LINE__);
    return count ? sum / double(count) : 0.0;
}

struct ToneSample {
    double blood, myocardium, fat, lung, muscle;
};

ToneSample tonesOf(std::uint64_t seed, PhantomModality modality, int caseNumber) {
    const auto generated = CardiacPhantom::generate(seed, modality, caseNumber);
    const auto tissues = PhantomRasterizer::tissues(CardiacPhantom::anatomy(seed, modality, caseNumber),
                                                    CardiacPhantom::grid(modality));
    return {interiorMean(generated.image, tissues, PhantomTissue::LeftVentricle),
            interiorMean(generated.image, tissues, PhantomTissue::Myocardium),
            interiorMean(generated.image, tissues, PhantomTissue::Fat),
            interiorMean(generated.image, tissues, PhantomTissue::Lung),
            interiorMean(generated.image, tissues, PhantomTissue::Muscle)};
}

DemoDatasetGenerator::Options smallDataset(const std::filesystem::path& folder, std::uint64_t seed) {
    DemoDatasetGenerator::Options options;
    options.outputFolder = folder;
    options.casesPerModality = 1;
    options.testCases = 1;
    options.seed = seed;
    return options;
}

} // namespace

class CorePhantomTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDifferentOnes() {
        QTemporaryDir first, second, third;
        DemoDatasetGenerator::generate(smallDataset(pathOf(first), 7));
        DemoDatasetGenerator::generate(smallDataset(pathOf(second), 7));
        DemoDatasetGenerator::generate(smallDataset(pathOf(third), 8));
        const auto plan = DemoDatasetGenerator::plan(smallDataset(pathOf(first), 7));
        QCOMPARE(int(plan.size()), 3); // ct train, mr train, ct test
        for (const auto& c : plan)
            for (const std::string& name : {c.imageFile, c.labelFile}) {
                const std::string a = readBytes(pathOf(first) / name);
                QVERIFY2(a.size() > 1000, name.c_str());
                QVERIFY2(a == readBytes(pathOf(second) / name), ("same seed, different bytes: " + name).c_str());
                QVERIFY2(a != readBytes(pathOf(third) / name), ("another seed, same bytes: " + name).c_str());
            }
    }

    void writesMmwhsNamesAndDefaultsToSixCasesPerModality() {
        DemoDatasetGenerator::Options options;
        options.outputFolder = "/nowhere";
        std::set<std::string> names;
        for (const auto& c : DemoDatasetGenerator::plan(options)) names.insert(c.imageFile), names.insert(c.labelFile);
        QCOMPARE(int(names.size()), 2 * (6 + 6 + 2));
        for (const char* expected : {"ct_train_1001_image.nii.gz", "ct_train_1006_label.nii.gz", "mr_train_1001_image.nii.gz",
                                     "mr_train_1006_label.nii.gz", "ct_test_2001_image.nii.gz", "ct_test_2002_label.nii.gz"})
            QVERIFY2(names.count(expected), expected);
        QVERIFY(!names.count("ct_train_1007_image.nii.gz"));
    }

    void aCaseDependsOnlyOnSeedModalityAndNumber() {
        const auto a = CardiacPhantom::generate(3, PhantomModality::MR, 1002);
        const auto b = CardiacPhantom::generate(3, PhantomModality::MR, 1002);
        QVERIFY(a.image.voxels() == b.image.voxels());
        QVERIFY(a.labels.voxels() == b.labels.voxels());
        const auto other = CardiacPhantom::generate(3, PhantomModality::MR, 1003);
        QVERIFY(a.labels.voxels() != other.labels.voxels()); // another patient
    }

    void bothModalitiesHoldExactlyTheSevenMmwhsStructuresWithPlausibleVolumes() {
        for (auto modality : {PhantomModality::CT, PhantomModality::MR})
            for (int caseNumber = 1001; caseNumber <= 1004; ++caseNumber) {
                const auto generated = CardiacPhantom::generate(0, modality, caseNumber);
                const auto volumes = structureVolumes(generated.labels);
                std::set<int> codes;
                for (const auto& [code, volume] : volumes) codes.insert(code);
                const QString where = QString("%1 case %2").arg(toString(modality)).arg(caseNumber);
                QVERIFY2(codes == kMmwhsCodes, qPrintable(where + ": label codes are not exactly the MM-WHS set"));
                const double lv = volumes.at(500);
                auto ratio = [&](int code) { return volumes.at(code) / lv; };
                // Relations of an end-diastolic heart: the LV cavity is larger than its wall, the RV is comparable
                // to the LV, atria and great vessels are smaller than the ventricles.
                QVERIFY2(ratio(205) > 0.5 && ratio(205) < 1.0, qPrintable(where + ": myocardium/LV " + QString::number(ratio(205))));
                QVERIFY2(ratio(600) > 0.4 && ratio(600) < 1.6, qPrintable(where + ": RV/LV " + QString::number(ratio(600))));
                for (int code : {420, 550, 820, 850})
                    QVERIFY2(ratio(code) > 0.15 && ratio(code) < 0.9,
                             qPrintable(where + QString(": %1/LV %2").arg(code).arg(ratio(code))));
                // The heart fills a plausible part of the field of view: neither a dot nor the whole chest.
                const double total = double(generated.labels.voxels().size()) * generated.labels.geometry().spacing[0] *
                                     generated.labels.geometry().spacing[1] * generated.labels.geometry().spacing[2];
                const double heart = total - volumes.at(0);
                QVERIFY2(heart > 0.02 * total && heart < 0.25 * total, qPrintable(where + ": heart fraction"));
            }
    }

    void ctAndMrShareAnatomyStatistics() {
        // Different patients, same population: mean LV and myocardium volumes over six cases agree.
        std::map<PhantomModality, std::map<int, double>> mean;
        for (auto modality : {PhantomModality::CT, PhantomModality::MR})
            for (int caseNumber = 1001; caseNumber <= 1006; ++caseNumber) {
                const auto labels = CardiacPhantom::labelsOnGrid(CardiacPhantom::anatomy(0, modality, caseNumber),
                                                                 CardiacPhantom::grid(PhantomModality::MR));
                for (const auto& [code, volume] : structureVolumes(labels)) mean[modality][code] += volume / 6.0;
            }
        for (int code : {205, 500, 600})
            QVERIFY2(std::abs(mean[PhantomModality::CT][code] / mean[PhantomModality::MR][code] - 1.0) < 0.3,
                     qPrintable(QString("structure %1: CT mean %2 mm3, MR mean %3 mm3").arg(code)
                                    .arg(mean[PhantomModality::CT][code]).arg(mean[PhantomModality::MR][code])));
    }

    void ctAndMrShowTheTissuesWithDifferentContrast() {
        for (int caseNumber : {1001, 1002}) {
            const ToneSample ct = tonesOf(0, PhantomModality::CT, caseNumber);
            const ToneSample mr = tonesOf(0, PhantomModality::MR, caseNumber);
            // CT in HU: contrast-filled blood well above myocardium, myocardium close to muscle, fat negative,
            // lungs near -800.
            QVERIFY2(ct.blood > 220.0 && ct.blood < 380.0, qPrintable(QString::number(ct.blood)));
            QVERIFY2(ct.myocardium > 20.0 && ct.myocardium < 90.0, qPrintable(QString::number(ct.myocardium)));
            QVERIFY(ct.blood > ct.myocardium + 150.0);
            QVERIFY(ct.fat < -50.0 && ct.lung < -700.0);
            QVERIFY(std::abs(ct.myocardium - ct.muscle) < 40.0);
            // MR: bright blood and dark myocardium too, lungs dark too...
            QVERIFY(mr.blood > 3.0 * mr.myocardium);
            QVERIFY(mr.lung < 0.15 * mr.blood);
            // ...but fat is bright, above myocardium and muscle, where CT shows it darkest of the soft tissues.
            QVERIFY(ct.fat < ct.myocardium && mr.fat > 2.0 * mr.myocardium);
            QVERIFY(ct.fat < ct.muscle && mr.fat > mr.muscle);
            // Myocardium is a little brighter than skeletal muscle in contrast CT, clearly darker in bSSFP.
            QVERIFY(ct.myocardium > ct.muscle && mr.myocardium < mr.muscle);
            // and MR has no absolute scale: nothing negative, no HU.
            QVERIFY(mr.lung >= 0.0);
        }
    }

    void mrIsStoredWithAnotherOrientationAndSpacingThanCt() {
        QTemporaryDir dir;
        DemoDatasetGenerator::generate(smallDataset(pathOf(dir), 0));
        const auto ct = VolumeReader::readHeader(pathOf(dir) / "ct_train_1001_image.nii.gz");
        const auto mr = VolumeReader::readHeader(pathOf(dir) / "mr_train_1001_image.nii.gz");
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(ct.geometry)), QString("LPS"));
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(mr.geometry)), QString("RAS"));
        QVERIFY(mr.geometry.spacing[0] > ct.geometry.spacing[0] * 1.2);
        QVERIFY(mr.geometry.spacing[2] > ct.geometry.spacing[2] * 1.2);
        // Same patient space: both grids are centred on the thorax.
        const auto ctCentre = ct.geometry.indexToPhysical({(ct.geometry.size[0] - 1) / 2.0, (ct.geometry.size[1] - 1) / 2.0,
                                                           (ct.geometry.size[2] - 1) / 2.0});
        const auto mrCentre = mr.geometry.indexToPhysical({(mr.geometry.size[0] - 1) / 2.0, (mr.geometry.size[1] - 1) / 2.0,
                                                           (mr.geometry.size[2] - 1) / 2.0});
        for (int a = 0; a < 3; ++a) QVERIFY(std::abs(ctCentre[a] - mrCentre[a]) < 1.0);
    }

    void labelFilesReadBackWithExactlyTheMmwhsCodesAndSmallFiles() {
        QTemporaryDir dir;
        DemoDatasetGenerator::generate(smallDataset(pathOf(dir), 0));
        for (const auto& c : DemoDatasetGenerator::plan(smallDataset(pathOf(dir), 0))) {
            const auto labels = VolumeReader::readLabels(pathOf(dir) / c.labelFile);
            const std::set<int> codes(labels.voxels().begin(), labels.voxels().end());
            QVERIFY2(codes == kMmwhsCodes, c.labelFile.c_str());
            const auto image = VolumeReader::readImage(pathOf(dir) / c.imageFile);
            QVERIFY(image.geometry().sameGrid(labels.geometry()));
            // Small enough for CI and a laptop demo.
            QVERIFY2(std::filesystem::file_size(pathOf(dir) / c.imageFile) < 1536 * 1024, c.imageFile.c_str());
        }
    }

    void highResolutionLabelsAgreeWithTheCaseGrid() {
        const auto anatomy = CardiacPhantom::anatomy(0, PhantomModality::CT, 1001);
        const auto fine = CardiacPhantom::labelsOnGrid(anatomy, CardiacPhantom::gridCoveringFieldOfView(PhantomModality::CT, {144, 144, 96}));
        QCOMPARE(fine.geometry().size[0], std::size_t(144));
        const auto coarse = CardiacPhantom::generate(0, PhantomModality::CT, 1001).labels;
        const auto fineVolumes = structureVolumes(fine), coarseVolumes = structureVolumes(coarse);
        for (int code : {205, 420, 500, 550, 600, 820, 850})
            QVERIFY2(std::abs(fineVolumes.at(code) / coarseVolumes.at(code) - 1.0) < 0.1, qPrintable(QString::number(code)));
        // Any orientation: the flipped MR grid sees the same patient (an LV voxel centre is LV on both).
        const auto mrGrid = CardiacPhantom::grid(PhantomModality::MR);
        const auto onMrGrid = CardiacPhantom::labelsOnGrid(anatomy, mrGrid);
        QVERIFY(std::abs(structureVolumes(onMrGrid).at(500) / coarseVolumes.at(500) - 1.0) < 0.1);
    }

    void rerunWithSameParametersKeepsFilesAndDifferentDatasetIsRefused() {
        QTemporaryDir dir;
        const auto options = smallDataset(pathOf(dir), 0);
        const auto first = DemoDatasetGenerator::generate(options);
        QCOMPARE(int(first.written.size()), 6);
        const std::string before = readBytes(pathOf(dir) / "mr_train_1001_image.nii.gz");
        const auto again = DemoDatasetGenerator::generate(options);
        QCOMPARE(int(again.written.size()), 0);
        QCOMPARE(int(again.kept.size()), 6);

        auto otherSeed = smallDataset(pathOf(dir), 1);
        QVERIFY_THROWS_EXCEPTION(InputError, DemoDatasetGenerator::generate(otherSeed));
        QVERIFY(readBytes(pathOf(dir) / "mr_train_1001_image.nii.gz") == before);

        otherSeed.force = true;
        DemoDatasetGenerator::generate(otherSeed);
        QVERIFY(readBytes(pathOf(dir) / "mr_train_1001_image.nii.gz") != before);
    }

    void forcedReplacementRemovesCasesTheNewDatasetDoesNotHave() {
        QTemporaryDir dir;
        auto options = smallDataset(pathOf(dir), 0);
        options.casesPerModality = 2;
        DemoDatasetGenerator::generate(options);
        QVERIFY(std::filesystem::exists(pathOf(dir) / "ct_train_1002_label.nii.gz"));
        options.casesPerModality = 1;
        options.force = true;
        DemoDatasetGenerator::generate(options);
        QVERIFY(!std::filesystem::exists(pathOf(dir) / "ct_train_1002_label.nii.gz"));
        QVERIFY(std::filesystem::exists(pathOf(dir) / "ct_train_1001_label.nii.gz"));
    }

    void foreignFilesAreNeverOverwritten() {
        QTemporaryDir dir;
        const auto foreign = pathOf(dir) / "ct_train_1001_image.nii.gz";
        std::ofstream(foreign) << "someone's real scan";
        bool refused = false;
        try {
            DemoDatasetGenerator::generate(smallDataset(pathOf(dir), 0));
        } catch (const InputError& e) {
            refused = true;
            QVERIFY(std::string(e.what()).find("ct_train_1001_image.nii.gz") != std::string::npos);
        }
        QVERIFY(refused);
        QCOMPARE(QString::fromStdString(readBytes(foreign)), QString("someone's real scan"));
        QVERIFY(!std::filesystem::exists(pathOf(dir) / DemoDatasetGenerator::markerFileName()));
    }

    void commandLineExitsNonZeroOnAConflict() {
        const QString cli = QString::fromStdString(test::cliExecutable());
        if (!QFileInfo(cli).isExecutable()) QSKIP("the crossseg executable is not built");
        QTemporaryDir dir;
        auto run = [&](const QStringList& extra) {
            QProcess process;
            process.start(cli, QStringList{"--quiet", "demo-data", "--out", dir.path(), "--cases", "1", "--test-cases", "0"} + extra);
            process.waitForFinished(120000);
            return process.exitCode();
        };
        QCOMPARE(run({}), 0);
        QVERIFY(std::filesystem::exists(pathOf(dir) / "mr_train_1001_label.nii.gz"));
        QVERIFY(!std::filesystem::exists(pathOf(dir) / "ct_test_2001_label.nii.gz"));
        QVERIFY(run({"--seed", "5"}) != 0);
        QCOMPARE(run({"--seed", "5", "--force"}), 0);
    }
};

QTEST_MAIN(CorePhantomTest)
#include "CorePhantomTest.moc"
