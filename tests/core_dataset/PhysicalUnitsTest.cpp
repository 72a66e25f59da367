// Issue 13 on the data side: the manifest's "stored_intensity" (valid, invalid, absent), CT loaded in physical
// units, the int16-HU / declared-8-bit pair giving the same training slices, and grids that differ only in origin or
// direction explained in words.
#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/DatasetValidator.h"
#include "core/io/VolumeWriter.h"
#include "core/preprocess/SliceCache.h"
#include "core/util/TaskControl.h"

#include "DatasetTestData.h"

#include <QtTest/QtTest>

using namespace crossseg;
using namespace crossseg::test;
namespace fs = std::filesystem;

class PhysicalUnitsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path path(const std::string& name) const { return fs::path(dir_.path().toStdString()) / name; }
    fs::path writeManifestDataset(const std::string& folderName) {
        return crossseg::test::writeManifestDataset(path(folderName));
    }

private Q_SLOTS:
    void manifestStoredIntensityIsReadAndChecked() {
        const fs::path declared = writeCtDataset(path("stored-valid"), "hu.mha", kSharedDeclaration);
        writeMetaImage(path("stored-valid") / "hu.mha", pairGrid(), "MET_SHORT", huVoxels());
        const Dataset d = DatasetDiscovery::open(declared);
        const StoredIntensity& stored = d.modality("ct")->storedIntensity;
        QCOMPARE(QString::fromStdString(stored.unit), QString("HU"));
        QCOMPARE(stored.slope, 400.0 / 255.0);
        QCOMPARE(stored.intercept, -125.0);

        // Absent: nothing declared, the files are taken as physical.
        const Dataset plain = DatasetDiscovery::open(writeManifestDataset("stored-absent"));
        QVERIFY(!plain.modality("ct")->storedIntensity.declared());
        QVERIFY(!plain.modality("mr")->storedIntensity.declared());

        // Invalid: refused with the manifest's name, the field and the cause.
        const std::vector<std::pair<std::string, std::string>> invalid{
            {R"({"unit": "kelvin", "slope": 1, "intercept": 0})", "kelvin"},
            {R"({"unit": "HU", "slope": 0, "intercept": -125})", "slope"},
            {R"({"unit": "HU", "slope": 1.5})", "intercept"},
            {R"({"unit": "HU", "slope": "1.5", "intercept": 0})", "slope"},
            {R"({"slope": 1.5, "intercept": 0})", "unit"},
            {R"([1.5, -125])", "must be an object"}};
        for (const auto& [declaration, cause] : invalid) {
            const fs::path manifest = writeCtDataset(path("stored-invalid"), "hu.mha", declaration);
            const QString message = inputErrorOf([&] { DatasetDiscovery::open(manifest); });
            QVERIFY2(message.contains("dataset.json") && message.contains("modalities.ct.stored_intensity") &&
                         message.contains(QString::fromStdString(cause)),
                     qPrintable(message));
        }
    }

    void declaredCtLoadsInHounsfieldUnits() {
        const fs::path root = path("stored-load");
        writeMetaImage(root / "ct8.mha", pairGrid(), "MET_UCHAR", eightBitVoxels());
        const Dataset d = DatasetDiscovery::open(writeCtDataset(root, "ct8.mha", kSharedDeclaration));
        const LoadedCase loaded = DatasetLoader::load(d, *d.findCase("ct_a"));
        QCOMPARE(QString::fromStdString(loaded.storedIntensity.unit), QString("HU"));
        const std::vector<std::int16_t> hu = huVoxels();
        for (std::size_t n = 0; n < hu.size(); ++n) // LPS already: the voxel order is unchanged
            QCOMPARE(loaded.image.voxels()[n], float(std::clamp<std::int16_t>(hu[n], -125, 275)));
    }

    // Issue 13: the same CT stored as int16 HU and as the shared data's declared 8-bit encoding trains on the same
    // normalised slices, in the window chosen for the label set's organs, recorded in the cache.
    void huAndDeclaredEightBitCtGiveTheSameSlices() {
        const fs::path huRoot = path("pair-hu"), eightRoot = path("pair-8bit"), bareRoot = path("pair-undeclared");
        writeMetaImage(huRoot / "ct.mha", pairGrid(), "MET_SHORT", huVoxels());
        writeMetaImage(eightRoot / "ct.mha", pairGrid(), "MET_UCHAR", eightBitVoxels());
        writeMetaImage(bareRoot / "ct.mha", pairGrid(), "MET_UCHAR", eightBitVoxels());
        const Dataset hu = DatasetDiscovery::open(writeCtDataset(huRoot, "ct.mha", ""));
        const Dataset eight = DatasetDiscovery::open(writeCtDataset(eightRoot, "ct.mha", kSharedDeclaration));
        const Dataset bare = DatasetDiscovery::open(writeCtDataset(bareRoot, "ct.mha", ""));
        SliceCacheParameters requested;
        requested.height = requested.width = 16;
        TaskControl control;
        const SliceCache fromHu = SliceCache::open(DatasetCachePreparer::prepare(hu, requested, path("caches"), control));
        const SliceCache fromEight =
            SliceCache::open(DatasetCachePreparer::prepare(eight, requested, path("caches"), control));
        for (const SliceCache* cache : {&fromHu, &fromEight}) {
            const auto window = cache->parameters().intensityWindows.at("ct");
            QCOMPARE(window[0], -125.0);
            QCOMPARE(window[1], 275.0);
            const IntensityConvention& convention = cache->parameters().conventions.at("ct");
            QCOMPARE(QString::fromStdString(convention.unit), QString("HU"));
            QVERIFY2(QString::fromStdString(convention.chosenBy).contains("abdominal organs (liver, spleen)"),
                     convention.chosenBy.c_str());
        }
        QCOMPARE(fromEight.parameters().conventions.at("ct").storedIntensity.slope, 400.0 / 255.0);
        const std::vector<float> a = fromHu.load("ct_a").images, b = fromEight.load("ct_a").images;
        QVERIFY(a == b);
        QCOMPARE(*std::min_element(a.begin(), a.end()), -1.0f);
        QCOMPARE(*std::max_element(a.begin(), a.end()), 1.0f);

        // Undeclared 8-bit CT: normalised as stored (the convention says so) rather than as if it were HU.
        const SliceCacheParameters legacy = DatasetCachePreparer::resolveParameters(bare, requested);
        QCOMPARE(legacy.intensityWindows.at("ct")[1], 255.0);
        QCOMPARE(QString::fromStdString(legacy.conventions.at("ct").unit), QString("stored"));

        // The declaration is part of the cache key: changing it cannot reuse a stale cache.
        Dataset changed = eight;
        changed.modalities["ct"].storedIntensity.intercept = -100.0;
        QVERIFY(DatasetCachePreparer::keyOf(changed, DatasetCachePreparer::resolveParameters(changed, requested)) !=
                DatasetCachePreparer::keyOf(eight, DatasetCachePreparer::resolveParameters(eight, requested)));
    }

    void labelGridDifferingOnlyInOriginOrDirectionIsExplained() {
        const fs::path root = writeManifestDataset("grid-shift");
        VolumeGeometry shifted = lpsGrid();
        shifted.origin[2] += 4.0;
        VolumeWriter::writeLabels(cyclingLabels(shifted, {0, 6}), root / "ct/a_label.nii.gz");
        Dataset d = DatasetDiscovery::open(root);
        CaseReport report = DatasetValidator::validateCase(d, *d.findCase("ct_a"));
        QVERIFY2(QString::fromStdString(report.labelGridDifference).contains("origin differs by 4 mm"),
                 report.labelGridDifference.c_str());
        QVERIFY(!QString::fromStdString(report.labelGridDifference).contains("size"));
        QString message = inputErrorOf([&] { DatasetLoader::load(d, *d.findCase("ct_a")); });
        QVERIFY2(message.contains("origin differs by 4 mm"), qPrintable(message));

        VolumeGeometry turned = lpsGrid();
        const double t = 5.0 * 3.14159265358979323846 / 180.0;
        turned.direction = {std::cos(t), -std::sin(t), 0, std::sin(t), std::cos(t), 0, 0, 0, 1};
        VolumeWriter::writeLabels(cyclingLabels(turned, {0, 6}), root / "ct/a_label.nii.gz");
        report = DatasetValidator::validateCase(d, *d.findCase("ct_a"));
        QVERIFY2(QString::fromStdString(report.labelGridDifference).contains("direction differs by 5 degrees"),
                 report.labelGridDifference.c_str());
    }

};

int runPhysicalUnitsTests(int argc, char** argv) {
    PhysicalUnitsTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "PhysicalUnitsTest.moc"
