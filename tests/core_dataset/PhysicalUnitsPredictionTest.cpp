// Issue 13 end to end: a model trained on CT in Hounsfield units gives the SAME prediction for the same CT stored
// as int16 HU and as the shared data's declared 8-bit encoding, and `crossseg predict` warns, naming the mismatch,
// when the 8-bit file comes without its declaration.
#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/io/VolumeReader.h"
#include "core/learn/Predictor.h"
#include "core/learn/TrainingRun.h"
#include "core/preprocess/IntensityConventionCheck.h"
#include "core/preprocess/PhysicalIntensity.h"
#include "core/preprocess/SliceCache.h"
#include "core/util/TaskControl.h"

#include "DatasetTestData.h"
#include "TestData.h"

#include <QtTest/QtTest>

using namespace crossseg;
using namespace crossseg::test;
namespace fs = std::filesystem;

namespace {

VolumeGeometry caseGrid() {
    VolumeGeometry g;
    g.size = {40, 36, 4};
    g.spacing = {1.0, 1.0, 3.0};
    return g;
}

// Air in the corners, body at -45 HU, a liver-like disc (115 HU, file value 6) and a spleen-like square (195 HU,
// file value 1) that move with `shift`, and a bone spot (1200 HU) outside the window. Every soft-tissue level is
// exactly representable in the 8-bit encoding (multiples of 51).
struct CaseFiles {
    std::vector<std::int16_t> hu;
    std::vector<std::uint8_t> labels;
};

CaseFiles makeCase(int shift) {
    const VolumeGeometry g = caseGrid();
    CaseFiles c;
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const double dx = double(i) - 14.0 - shift, dy = double(j) - 17.0;
                std::int16_t value = (i < 3 || j < 3) ? -1000 : -45;
                std::uint8_t label = 0;
                if (dx * dx + dy * dy < 49.0) value = 115, label = 6;
                if (i >= 28 && i < 34 && j >= std::size_t(8 + shift) && j < std::size_t(14 + shift))
                    value = 195, label = 1;
                if (i == 20 && j == 30) value = 1200;
                c.hu.push_back(value);
                c.labels.push_back(label);
            }
    return c;
}

std::vector<std::uint8_t> eightBit(const std::vector<std::int16_t>& hu) {
    std::vector<std::uint8_t> stored;
    for (const std::int16_t v : hu)
        stored.push_back(std::uint8_t(std::lround((std::clamp(double(v), -125.0, 275.0) + 125.0) * 255.0 / 400.0)));
    return stored;
}

const StoredIntensity kShared{"HU", 400.0 / 255.0, -125.0};

} // namespace

class PhysicalUnitsPredictionTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path run_, cache_;
    fs::path root() const { return fs::path(dir_.path().toStdString()); }

private Q_SLOTS:
    // A target-only smoke run trained on a HU dataset (abdominal classes: the window is [-125, 275] HU).
    void initTestCase() {
        nlohmann::json cases = nlohmann::json::array();
        std::vector<std::string> train;
        for (int n = 0; n < 5; ++n) {
            const CaseFiles c = makeCase(n - 2);
            const std::string id = "ct_" + std::to_string(n);
            writeMetaImage(root() / "data" / (id + "_image.mha"), caseGrid(), "MET_SHORT", c.hu);
            writeMetaImage(root() / "data" / (id + "_label.mha"), caseGrid(), "MET_UCHAR", c.labels);
            cases.push_back({{"id", id}, {"image", id + "_image.mha"}, {"label", id + "_label.mha"}});
            if (n < 4) train.push_back(id);
        }
        const nlohmann::json manifest = {
            {"name", "hu-pair"},
            {"classes", {"background", "liver", "spleen"}},
            {"modalities", {{"ct", {{"role", "target"}, {"label_map", {{"6", 1}, {"1", 2}}}, {"cases", cases}}}}},
            {"splits", {{"ct_train", train}, {"ct_test", {"ct_4"}}}}};
        writeText(root() / "data" / "dataset.json", manifest.dump(1));
        const Dataset dataset = DatasetDiscovery::open(root() / "data");
        SliceCacheParameters requested;
        requested.height = requested.width = 32; // the smoke profile's slices
        TaskControl control;
        TrainingConfig config;
        config.method = Method::TargetOnly;
        config.labeledTarget = 2;
        config.profile = "smoke";
        config.seed = 5;
        config.cache = cache_ = DatasetCachePreparer::prepare(dataset, requested, root() / "caches", control);
        config.runDir = run_ = root() / "run";
        TrainingRun(config).run(control, nullptr);

        const CaseFiles test = makeCase(1);
        writeMetaImage(root() / "hu.mha", caseGrid(), "MET_SHORT", test.hu);
        writeMetaImage(root() / "eight.mha", caseGrid(), "MET_UCHAR", eightBit(test.hu));
    }

    void huAndDeclaredEightBitGiveTheSamePrediction() {
        const auto predictor = Predictor::load(run_);
        const ImageVolume hu = VolumeReader::readImage(root() / "hu.mha");
        const ImageVolume eight = VolumeReader::readImage(root() / "eight.mha");
        const LabelVolume fromHu = predictor->predict(hu, predictor->defaultModel());
        const LabelVolume fromEight = predictor->predict(eight, kShared, predictor->defaultModel());
        QVERIFY(fromHu.voxels() == fromEight.voxels());
        QVERIFY(predictor->predict(PhysicalIntensity::toPhysical(eight, kShared), predictor->defaultModel()).voxels() ==
                fromHu.voxels());
        // The model's own check: undeclared 8-bit input is named, HU input is fine.
        QVERIFY(QString::fromStdString(predictor->intensityMismatch(eight)).contains("0..255"));
        QCOMPARE(predictor->intensityMismatch(hu), std::string());
        QVERIFY(fromHu.geometry().sameGrid(hu.geometry()));
    }

    void undeclaredEightBitInputIsNamedAMismatch() {
        const SliceCache cache = SliceCache::open(cache_);
        const SliceCacheParameters& model = cache.parameters(); // what the run's config.json records
        const ImageVolume eight = VolumeReader::readImage(root() / "eight.mha");
        const QString warning = QString::fromStdString(IntensityConventionCheck::mismatch(eight, "ct", model));
        QVERIFY2(warning.contains("0..255") && warning.contains("Hounsfield"), qPrintable(warning));
        QCOMPARE(IntensityConventionCheck::mismatch(PhysicalIntensity::toPhysical(eight, kShared), "ct", model),
                 std::string());
        QCOMPARE(IntensityConventionCheck::mismatch(VolumeReader::readImage(root() / "hu.mha"), "ct", model),
                 std::string());
    }

    void predictCommandWarnsAndAppliesTheDeclaration() {
        const QString cli = QString::fromStdString(cliExecutable());
        if (!QFileInfo(cli).isExecutable()) QSKIP("the crossseg executable is not built: skipping the predict test");
        const auto run = [&](const QStringList& extra, const fs::path& input, const fs::path& out) {
            QProcess predict;
            predict.start(cli, QStringList{"--quiet", "predict", "--run", QString::fromStdString(run_.string()),
                                           "--input", QString::fromStdString(input.string()), "--out",
                                           QString::fromStdString(out.string())} + extra);
            predict.waitForFinished(300000);
            return std::make_pair(predict.exitCode(), QString::fromUtf8(predict.readAllStandardError()));
        };
        const auto [plainCode, plainErrors] = run({}, root() / "eight.mha", root() / "plain.nii.gz");
        QCOMPARE(plainCode, 0);
        QVERIFY2(plainErrors.contains("warning") && plainErrors.contains("0..255"), qPrintable(plainErrors));

        const auto [code, errors] = run({"--stored-slope", "1.5686274509803921", "--stored-intercept", "-125"},
                                        root() / "eight.mha", root() / "declared.nii.gz");
        QCOMPARE(code, 0);
        QVERIFY2(!errors.contains("warning"), qPrintable(errors));
        const auto [huCode, huErrors] = run({}, root() / "hu.mha", root() / "hu-labels.nii.gz");
        QCOMPARE(huCode, 0);
        QVERIFY2(!huErrors.contains("warning"), qPrintable(huErrors));
        QVERIFY(VolumeReader::readLabels(root() / "declared.nii.gz").voxels() ==
                VolumeReader::readLabels(root() / "hu-labels.nii.gz").voxels());

        const auto [badCode, badErrors] = run({"--stored-slope", "0"}, root() / "eight.mha", root() / "bad.nii.gz");
        QVERIFY(badCode != 0);
        QVERIFY2(badErrors.contains("slope"), qPrintable(badErrors));
        const auto [kept, keptErrors] = run({"--postprocess", "largest-component"}, root() / "hu.mha", root() / "kept.nii.gz");
        QVERIFY2(kept == 0, qPrintable(keptErrors));
        QVERIFY(run({"--postprocess", "biggest"}, root() / "hu.mha", root() / "no.nii.gz").first != 0);
    }

};

int runPhysicalUnitsPredictionTests(int argc, char** argv) {
    PhysicalUnitsPredictionTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "PhysicalUnitsPredictionTest.moc"
