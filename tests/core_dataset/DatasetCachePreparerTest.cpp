// DatasetCachePreparer: a dataset on disk becomes its slice cache, is reused while nothing changed and rebuilt when
// a parameter or a source file did. (Moved here from core_preprocess: it needs the ITK data layer.)
#include <QtTest/QtTest>

#include <cstdio>

#include "TestData.h"
#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>

using namespace crossseg;
namespace fs = std::filesystem;

namespace crossseg::test {
int runDatasetCachePreparerTests(int argc, char** argv); // called by this suite's main.cpp
}

namespace {

// A MetaImage written by hand, so the element type (8-bit or float) is exactly what the test needs.
template <typename T>
void writeMetaImage(const fs::path& file, std::array<int, 3> size, const char* elementType,
                    const std::function<T(int, int, int)>& value) {
    std::ofstream out(file, std::ios::binary);
    out << "ObjectType = Image\nNDims = 3\nBinaryData = True\nBinaryDataByteOrderMSB = False\n"
        << "CompressedData = False\nTransformMatrix = 1 0 0 0 1 0 0 0 1\nOffset = 0 0 0\n"
        << "AnatomicalOrientation = RAI\nElementSpacing = 0.8 0.8 2\n"
        << "DimSize = " << size[0] << " " << size[1] << " " << size[2] << "\nElementType = " << elementType
        << "\nElementDataFile = LOCAL\n";
    for (int k = 0; k < size[2]; ++k)
        for (int j = 0; j < size[1]; ++j)
            for (int i = 0; i < size[0]; ++i) {
                const T v = value(i, j, k);
                out.write(reinterpret_cast<const char*>(&v), sizeof v);
            }
}

// ct_a, ct_b (8-bit, already windowed) and mr_a (float), each with a label holding file values 6 and 1.
fs::path writeSmallDataset(const fs::path& folder, const std::string& mrWindow = "") {
    fs::create_directories(folder);
    const auto organ = [](int i, int j, int) -> std::uint8_t { return i > 8 ? 6 : (j > 6 ? 1 : 0); };
    for (const std::string id : {"ct_a", "ct_b"}) {
        writeMetaImage<std::uint8_t>(folder / (id + "_image.mha"), {16, 12, 4}, "MET_UCHAR",
                                     [](int i, int j, int k) { return static_cast<std::uint8_t>(i * 10 + j + k); });
        writeMetaImage<std::uint8_t>(folder / (id + "_label.mha"), {16, 12, 4}, "MET_UCHAR", organ);
    }
    writeMetaImage<float>(folder / "mr_a_image.mha", {16, 12, 3}, "MET_FLOAT",
                          [](int i, int j, int k) { return static_cast<float>(i * j + 100 * k); });
    writeMetaImage<std::uint8_t>(folder / "mr_a_label.mha", {16, 12, 3}, "MET_UCHAR", organ);
    nlohmann::json mr = {{"role", "assistant"},
                         {"label_map", {{"6", 1}, {"1", 2}}},
                         {"cases", {{{"id", "mr_a"}, {"image", "mr_a_image.mha"}, {"label", "mr_a_label.mha"}}}}};
    if (!mrWindow.empty()) mr["intensity_window"] = nlohmann::json::parse(mrWindow);
    const nlohmann::json manifest = {
        {"name", "small"},
        {"classes", {"background", "liver", "spleen"}},
        {"modalities",
         {{"ct",
           {{"role", "target"},
            {"label_map", {{"6", 1}, {"1", 2}}},
            {"cases",
             {{{"id", "ct_a"}, {"image", "ct_a_image.mha"}, {"label", "ct_a_label.mha"}},
              {{"id", "ct_b"}, {"image", "ct_b_image.mha"}, {"label", "ct_b_label.mha"}}}}}},
          {"mr", mr}}},
        {"splits", {{"ct_train", {"ct_a"}}, {"ct_test", {"ct_b"}}, {"mr_train", {"mr_a"}}}}};
    std::ofstream(folder / "dataset.json") << manifest.dump(1);
    return folder / "dataset.json";
}

fs::path scratch(const QTemporaryDir& dir) { return fs::path(dir.path().toStdString()); }

SliceCacheParameters sized(int n) {
    SliceCacheParameters parameters;
    parameters.height = parameters.width = n;
    return parameters;
}

} // namespace

class DatasetCachePreparerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void preparesACacheOfTheWholeDataset() {
        QTemporaryDir dir;
        const Dataset dataset = DatasetDiscovery::open(writeSmallDataset(scratch(dir) / "data", "[0, 500]"));
        TaskControl control;
        const fs::path folder = DatasetCachePreparer::prepare(dataset, sized(32), scratch(dir) / "caches", control);
        QCOMPARE(folder.parent_path(), scratch(dir) / "caches");
        QVERIFY(folder.filename().string().rfind("small-", 0) == 0);

        const SliceCache cache = SliceCache::open(folder);
        QCOMPARE(cache.cases().size(), std::size_t(3));
        QCOMPARE(cache.classes().size(), std::size_t(3));
        QCOMPARE(cache.modalityWithRole("target"), std::string("ct"));
        QCOMPARE(cache.splits().at("ct_test"), std::vector<std::string>{"ct_b"});
        // The manifest's MR window, and [0, 255] for the undeclared 8-bit CT (normalised as stored, not as HU).
        QCOMPARE(cache.parameters().intensityWindows.at("mr")[1], 500.0);
        QCOMPARE(cache.parameters().intensityWindows.at("ct")[1], 255.0);
        const CaseSlices ct = cache.load("ct_a");
        QCOMPARE(ct.count, 4);
        const std::set<std::uint8_t> classes(ct.labels.begin(), ct.labels.end());
        QCOMPARE(classes, (std::set<std::uint8_t>{0, 1, 2})); // file values 6 and 1 mapped to class indices
        QCOMPARE(*std::min_element(ct.images.begin(), ct.images.end()), -1.0f); // voxel value 0 -> -1
    }

    void unchangedDatasetReusesTheCacheAndChangesRebuild() {
        QTemporaryDir dir;
        const fs::path manifest = writeSmallDataset(scratch(dir) / "data");
        const fs::path root = scratch(dir) / "caches";
        TaskControl control;
        const fs::path first = DatasetCachePreparer::prepare(DatasetDiscovery::open(manifest), sized(32), root, control);
        const auto indexTime = fs::last_write_time(first / "cache.json");
        const fs::path again = DatasetCachePreparer::prepare(DatasetDiscovery::open(manifest), sized(32), root, control);
        QCOMPARE(again, first);
        QCOMPARE(fs::last_write_time(first / "cache.json"), indexTime); // reused, not rewritten

        const fs::path larger = DatasetCachePreparer::prepare(DatasetDiscovery::open(manifest), sized(48), root, control);
        QVERIFY(larger != first);
        QCOMPARE(SliceCache::open(larger).parameters().height, 48);

        // A source file changes on disk (different size, hence a different stamp whatever the clock's resolution).
        writeMetaImage<std::uint8_t>(scratch(dir) / "data" / "ct_b_image.mha", {16, 12, 5}, "MET_UCHAR",
                                     [](int i, int, int) { return static_cast<std::uint8_t>(i); });
        writeMetaImage<std::uint8_t>(scratch(dir) / "data" / "ct_b_label.mha", {16, 12, 5}, "MET_UCHAR",
                                     [](int, int, int) { return std::uint8_t(0); });
        const fs::path rebuilt = DatasetCachePreparer::prepare(DatasetDiscovery::open(manifest), sized(32), root, control);
        QVERIFY(rebuilt != first);
        QCOMPARE(SliceCache::open(rebuilt).findCase("ct_b")->sliceCount, 5);
    }

    void malformedIntensityWindowNamesTheManifest() {
        QTemporaryDir dir;
        const fs::path manifest = writeSmallDataset(scratch(dir) / "data", "[300, 10]");
        const Dataset dataset = DatasetDiscovery::open(manifest);
        TaskControl control;
        try {
            DatasetCachePreparer::prepare(dataset, sized(32), scratch(dir) / "caches", control);
            QFAIL("a window with low > high was accepted");
        } catch (const InputError& error) {
            QCOMPARE(fs::absolute(error.file()), fs::absolute(manifest));
            QVERIFY(std::string(error.what()).find("intensity_window") != std::string::npos);
        }
        QVERIFY(!fs::exists(scratch(dir) / "caches"));
    }

    void sharedAbdomenCasesBecomeNormalisedSlicesOfTheSharedOrgans() {
        CROSSSEG_REQUIRE_SHARED_DATA(sharedRoot);
        Dataset dataset = DatasetDiscovery::open(sharedRoot / "abdomen-ct-mr" / "dataset.json");
        // One case per modality keeps the test quick; the benchmark covers all of them.
        std::vector<DatasetCase> kept;
        for (const auto& c : dataset.cases)
            if (c.id == "ct_00" || c.id == "mr_01") kept.push_back(c);
        QCOMPARE(kept.size(), std::size_t(2));
        dataset.cases = kept;
        dataset.splits.clear();
        QTemporaryDir dir;
        TaskControl control;
        const SliceCache cache =
            SliceCache::open(DatasetCachePreparer::prepare(dataset, sized(64), scratch(dir), control));
        // The shared CT is 8-bit but declares its stored_intensity: normalised in HU, in the abdominal window that
        // the label set's organs call for (issue 13), and recorded so.
        QCOMPARE(cache.parameters().intensityWindows.at("ct")[0], -125.0);
        QCOMPARE(cache.parameters().intensityWindows.at("ct")[1], 275.0);
        QCOMPARE(QString::fromStdString(cache.parameters().conventions.at("ct").unit), QString("HU"));
        QCOMPARE(cache.parameters().conventions.at("ct").storedIntensity.intercept, -125.0);
        QCOMPARE(cache.parameters().intensityWindows.count("mr"), std::size_t(0));
        QCOMPARE(QString::fromStdString(cache.parameters().conventions.at("mr").unit), QString("arbitrary"));
        for (const auto& info : cache.cases()) {
            const CaseSlices slices = cache.load(info.id);
            QCOMPARE(static_cast<std::size_t>(slices.count), info.canonicalGeometry.size[2]);
            const auto [low, high] = std::minmax_element(slices.images.begin(), slices.images.end());
            QCOMPARE(*low, -1.0f);
            QCOMPARE(*high, 1.0f);
            const std::set<std::uint8_t> classes(slices.labels.begin(), slices.labels.end());
            QVERIFY2(classes.size() >= 3, info.id.c_str()); // background and organs survive the resizing
            QVERIFY2(*classes.rbegin() <= 4, info.id.c_str());
        }
    }
};

int crossseg::test::runDatasetCachePreparerTests(int argc, char** argv) {
    DatasetCachePreparerTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "DatasetCachePreparerTest.moc"
