// Issue 13 on the ITK-free side: the door into physical units, the CT window chosen for a label set, the recorded
// training convention (JSON, cache key) and the warning when an input does not fit the model's convention.
#include "PreprocessTestSuites.h"

#include "core/preprocess/CtWindowChoice.h"
#include "core/preprocess/IntensityConventionCheck.h"
#include "core/preprocess/PhysicalIntensity.h"
#include "core/preprocess/SliceCacheBuilder.h"
#include "core/preprocess/SliceCacheJson.h"
#include "core/preprocess/SliceCacheKey.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace crossseg;

namespace {

const StoredIntensity kShared{"HU", 400.0 / 255.0, -125.0};

ImageVolume volumeOf(const std::vector<float>& values) {
    VolumeGeometry g;
    g.size = {values.size(), 1, 1};
    ImageVolume v(g);
    v.voxels() = values;
    return v;
}

// An abdominal CT model as the shared data trains it: HU, [-125, 275].
SliceCacheParameters huModel() {
    SliceCacheParameters p;
    p.intensityWindows["ct"] = {-125.0, 275.0};
    p.conventions["ct"] = {"HU", "default CT window [-125, 275] HU for abdominal organs (liver)", kShared};
    p.conventions["mr"] = {"arbitrary", "each volume's own 0.5th and 99.5th percentiles", {}};
    return p;
}

} // namespace

class PhysicalIntensityTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void undeclaredInputIsKeptBitForBit() {
        const ImageVolume stored = volumeOf({-1000.5f, 0.1f, std::numeric_limits<float>::quiet_NaN(), 3e7f});
        const ImageVolume same = PhysicalIntensity::toPhysical(stored);
        QCOMPARE(std::memcmp(same.data(), stored.data(), stored.voxels().size() * sizeof(float)), 0);
        QCOMPARE(std::memcmp(PhysicalIntensity::toPhysical(stored, {"HU", 1.0, 0.0}).data(), stored.data(),
                             stored.voxels().size() * sizeof(float)),
                 0);
    }

    void declaredInputIsMappedThroughItsDeclaration() {
        const ImageVolume eightBit = volumeOf({0.0f, 51.0f, 102.0f, 255.0f, std::numeric_limits<float>::quiet_NaN()});
        const ImageVolume hu = PhysicalIntensity::toPhysical(eightBit, kShared);
        QCOMPARE(hu.voxels()[0], -125.0f);
        QCOMPARE(hu.voxels()[1], -45.0f);
        QCOMPARE(hu.voxels()[2], 35.0f);
        QCOMPARE(hu.voxels()[3], 275.0f);
        QVERIFY(std::isnan(hu.voxels()[4]));
        QVERIFY(hu.geometry().sameGrid(eightBit.geometry()));
        QVERIFY_EXCEPTION_THROWN(PhysicalIntensity::toPhysical(eightBit, {"HU", 0.0, 5.0}), std::invalid_argument);
    }

    // The core of issue 13: the same CT as int16 HU and as declared 8-bit is the same network input.
    void huAndDeclaredEightBitNormaliseIdentically() {
        VolumeGeometry g;
        g.size = {24, 20, 2};
        ImageVolume hu(g), eightBit(g);
        const float levels[] = {-1000.0f, -125.0f, -45.0f, 35.0f, 115.0f, 195.0f, 275.0f, 900.0f};
        for (std::size_t n = 0; n < hu.voxels().size(); ++n) {
            hu.voxels()[n] = levels[(n * 7 + n / 24) % 8];
            eightBit.voxels()[n] = float(std::lround((std::clamp(hu.voxels()[n], -125.0f, 275.0f) + 125.0f) * 255.0f / 400.0f));
        }
        CaseVolumes fromHu, fromEight;
        fromHu.image = hu;
        fromEight.image = PhysicalIntensity::toPhysical(eightBit, kShared);
        SliceCacheParameters model = huModel();
        model.height = model.width = 16;
        const CaseSlices a = SliceCacheBuilder::sliceCase(fromHu, "ct", model);
        const CaseSlices b = SliceCacheBuilder::sliceCase(fromEight, "ct", model);
        QVERIFY(a.images == b.images);
        // Without the declaration the 8-bit numbers would be read as HU: a different input altogether.
        CaseVolumes naive;
        naive.image = eightBit;
        QVERIFY(SliceCacheBuilder::sliceCase(naive, "ct", model).images != a.images);
    }

    void ctWindowSuitsTheLabelSetsOrgans() {
        const auto abdomen = CtWindowChoice::forClasses({"background", "liver", "right_kidney", "left_kidney", "spleen"});
        QCOMPARE(abdomen.range[0], -125.0);
        QCOMPARE(abdomen.range[1], 275.0);
        QVERIFY2(QString::fromStdString(abdomen.reason).contains("abdominal organs (liver, right_kidney, left_kidney, spleen)"),
                 abdomen.reason.c_str());
        // The demo phantom's MM-WHS classes keep the window the demo was always trained with.
        const auto heart = CtWindowChoice::forClasses({"background", "myocardium", "left_atrium", "left_ventricle",
                                                       "right_atrium", "right_ventricle", "ascending_aorta",
                                                       "pulmonary_artery"});
        QCOMPARE(QString::fromStdString(heart.region), QString("heart"));
        QCOMPARE(heart.range[0], -250.0);
        QCOMPARE(heart.range[1], 450.0);
        QCOMPARE(CtWindowChoice::forClasses({"background", "Left_Lung", "right_lung"}).range[0], -1350.0);
        const auto unknown = CtWindowChoice::forClasses({"background", "disc", "square"});
        QCOMPARE(QString::fromStdString(unknown.region), QString("soft tissue"));
        QCOMPARE(unknown.range[1], 450.0);
    }

    void conventionIsRecordedAndPartOfTheKey() {
        const SliceCacheParameters model = huModel();
        const nlohmann::json json = SliceCacheJson::fromParameters(model);
        const auto& ct = json.at("normalization").at("ct");
        QCOMPARE(QString::fromStdString(ct.at("unit").get<std::string>()), QString("HU"));
        QVERIFY(ct.at("window") == nlohmann::json::array({-125.0, 275.0}));
        QCOMPARE(ct.at("stored_intensity").at("slope").get<double>(), 400.0 / 255.0);
        QVERIFY(json.at("normalization").at("mr").at("percentiles") == nlohmann::json::array({0.5, 99.5}));
        QVERIFY(SliceCacheJson::toParameters(json, "config.json").conventions == model.conventions);
        // Caches and runs from before the convention was recorded keep exactly their JSON, and still load.
        const nlohmann::json old = SliceCacheJson::fromParameters(SliceCacheParameters{});
        QVERIFY(!old.contains("normalization"));
        QVERIFY(SliceCacheJson::toParameters(old, "config.json").conventions.empty());

        SliceCacheParameters otherDeclaration = model;
        otherDeclaration.conventions["ct"].storedIntensity.intercept = -100.0;
        SliceCacheParameters otherWindow = model;
        otherWindow.intensityWindows["ct"] = {-160.0, 240.0};
        const std::string key = SliceCacheKey::compute(model, {}, nlohmann::json::object());
        QVERIFY(SliceCacheKey::compute(otherDeclaration, {}, nlohmann::json::object()) != key);
        QVERIFY(SliceCacheKey::compute(otherWindow, {}, nlohmann::json::object()) != key);
    }

    void inputsThatDoNotFitTheModelAreNamed() {
        const SliceCacheParameters model = huModel();
        const ImageVolume huCt = volumeOf({-1024.0f, -80.0f, 40.0f, 60.0f, 300.0f});
        const ImageVolume eightBitCt = volumeOf({0.0f, 30.0f, 104.0f, 255.0f});
        const ImageVolume rawCt = volumeOf({0.0f, 944.0f, 1064.0f, 1324.0f}); // HU + 1024, intercept forgotten
        const ImageVolume mr = volumeOf({0.0f, 12.0f, 340.0f, 980.0f, 1500.0f});
        QCOMPARE(IntensityConventionCheck::mismatch(huCt, "ct", model), std::string());
        QString text = QString::fromStdString(IntensityConventionCheck::mismatch(eightBitCt, "ct", model));
        QVERIFY2(text.contains("0..255") && text.contains("Hounsfield") && text.contains("--stored-slope"), qPrintable(text));
        text = QString::fromStdString(IntensityConventionCheck::mismatch(rawCt, "ct", model));
        QVERIFY2(text.contains("no negative value") && text.contains("-1024"), qPrintable(text));
        QCOMPARE(IntensityConventionCheck::mismatch(mr, "mr", model), std::string());
        text = QString::fromStdString(IntensityConventionCheck::mismatch(huCt, "mr", model));
        QVERIFY2(text.contains("Hounsfield-like") && text.contains("is this a CT"), qPrintable(text));

        // A run from before conventions were recorded is judged by its window: [0, 255] means "8-bit as stored".
        SliceCacheParameters legacy;
        legacy.intensityWindows["ct"] = {0.0, 255.0};
        QCOMPARE(QString::fromStdString(IntensityConventionCheck::trainedUnit("ct", legacy)), QString("stored"));
        QCOMPARE(IntensityConventionCheck::mismatch(eightBitCt, "ct", legacy), std::string());
        text = QString::fromStdString(IntensityConventionCheck::mismatch(huCt, "ct", legacy));
        QVERIFY2(text.contains("8-bit windowed CT as stored"), qPrintable(text));
        QCOMPARE(QString::fromStdString(IntensityConventionCheck::trainedUnit("ct", SliceCacheParameters{})), QString("HU"));
    }
};

int crossseg::test::runPhysicalIntensityTests(int argc, char** argv) {
    PhysicalIntensityTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "PhysicalIntensityTest.moc"
