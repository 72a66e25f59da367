// The on-disk slice cache: what training reads must be what preprocessing wrote, reproducibly, and a damaged or
// unfinished cache must be refused with the file named.
#include "PreprocessTestSuites.h"

#include "core/preprocess/SliceCacheBuilder.h"
#include "core/preprocess/SliceCacheJson.h"
#include "core/preprocess/SliceCacheKey.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <QtTest/QtTest>

#include <fstream>
#include <iterator>

using namespace crossseg;
namespace fs = std::filesystem;

namespace {

// Two small cases, one labelled CT and one unlabelled MR, built from formulas so every build sees the same data.
CaseVolumes syntheticCase(const std::string& id) {
    VolumeGeometry geometry;
    const bool ct = id.rfind("ct", 0) == 0;
    geometry.size = ct ? std::array<std::size_t, 3>{20, 16, 5} : std::array<std::size_t, 3>{12, 14, 3};
    geometry.spacing = ct ? std::array<double, 3>{0.7, 0.7, 2.5} : std::array<double, 3>{1.5, 1.5, 6.0};
    geometry.origin = {-10.0, 4.0, 30.0};
    CaseVolumes volumes;
    volumes.image = ImageVolume(geometry);
    for (std::size_t k = 0; k < geometry.size[2]; ++k)
        for (std::size_t j = 0; j < geometry.size[1]; ++j)
            for (std::size_t i = 0; i < geometry.size[0]; ++i)
                volumes.image.at(i, j, k) = ct ? static_cast<float>(-300.0 + 40.0 * i + 13.0 * j + 7.0 * k)
                                               : static_cast<float>(std::sin(0.3 * i) * 200.0 + j * 30.0 + k);
    if (ct) {
        volumes.labels = LabelVolume(geometry);
        for (std::size_t k = 0; k < geometry.size[2]; ++k)
            for (std::size_t j = 4; j < 12; ++j)
                for (std::size_t i = 5; i < 15; ++i) volumes.labels.at(i, j, k) = static_cast<std::uint16_t>(1 + (i > 10));
    }
    return volumes;
}

std::vector<SliceCacheCase> syntheticCaseList() {
    SliceCacheCase ct;
    ct.id = "ct_00";
    ct.modality = "ct";
    ct.role = "target";
    ct.sourceImage = "/data/ct_00_image.nii.gz";
    ct.sourceLabel = "/data/ct_00_label.nii.gz";
    SliceCacheCase mr;
    mr.id = "mr_00";
    mr.modality = "mr";
    mr.role = "assistant";
    mr.sourceImage = "/data/mr_00_image.nii.gz";
    return {ct, mr};
}

SliceCacheParameters smallParameters() {
    SliceCacheParameters parameters;
    parameters.height = 24;
    parameters.width = 32;
    return parameters;
}

SliceCache buildSynthetic(const fs::path& folder, TaskControl& control) {
    SliceCacheBuilder builder(smallParameters(), "0123456789abcdef");
    builder.setClasses({"background", "liver", "spleen"});
    builder.setModalityRole("ct", "target");
    builder.setModalityRole("mr", "assistant");
    builder.setSplits({{"ct_train", {"ct_00"}}, {"mr_train", {"mr_00"}}});
    return builder.build(folder, syntheticCaseList(), [](const SliceCacheCase& info) { return syntheticCase(info.id); },
                         control);
}

std::string fileBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::path scratch(const QTemporaryDir& dir) { return fs::path(dir.path().toStdString()); }

// Asks for cancel as soon as the second case starts: the first case's files exist by then.
class CancelOnSecondCase : public ProgressSink {
public:
    TaskControl* control = nullptr;
    void progress(const ProgressUpdate& update) override {
        if (update.message.rfind("mr_00", 0) == 0) control->requestCancel();
    }
};

} // namespace

class SliceCacheTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writtenCacheOpensAndLoadsWhatWasWritten() {
        QTemporaryDir dir;
        TaskControl control;
        const fs::path folder = scratch(dir) / "cache";
        buildSynthetic(folder, control);

        const SliceCache cache = SliceCache::open(folder);
        QCOMPARE(cache.key(), std::string("0123456789abcdef"));
        QCOMPARE(cache.parameters().height, 24);
        QCOMPARE(cache.parameters().width, 32);
        QCOMPARE(cache.classes(), (std::vector<std::string>{"background", "liver", "spleen"}));
        QCOMPARE(cache.modalityWithRole("assistant"), std::string("mr"));
        QCOMPARE(cache.splits().at("ct_train"), std::vector<std::string>{"ct_00"});
        QCOMPARE(cache.cases().size(), std::size_t(2));

        const SliceCacheCase* ct = cache.findCase("ct_00");
        QVERIFY(ct);
        QVERIFY(ct->hasLabel);
        QCOMPARE(ct->sliceCount, 5);
        QVERIFY(ct->canonicalGeometry.sameGrid(syntheticCase("ct_00").image.geometry()));
        QCOMPARE(ct->sourceLabel, fs::path("/data/ct_00_label.nii.gz"));

        const CaseSlices expected = SliceCacheBuilder::sliceCase(syntheticCase("ct_00"), "ct", smallParameters());
        const CaseSlices loaded = cache.load("ct_00");
        QCOMPARE(loaded.count, 5);
        QCOMPARE(loaded.height, 24);
        QCOMPARE(loaded.width, 32);
        QCOMPARE(loaded.images, expected.images);
        QCOMPARE(loaded.labels, expected.labels);
        for (float v : loaded.images) QVERIFY(v >= -1.f && v <= 1.f);

        const CaseSlices mr = cache.load("mr_00");
        QVERIFY(!cache.findCase("mr_00")->hasLabel);
        QVERIFY(mr.labels.empty());
        QCOMPARE(mr.images.size(), std::size_t(3 * 24 * 32));
        QVERIFY_THROWS_EXCEPTION(InputError, cache.load("nobody"));
    }

    void twoBuildsAreByteIdentical() {
        QTemporaryDir dir;
        TaskControl control;
        buildSynthetic(scratch(dir) / "a", control);
        buildSynthetic(scratch(dir) / "b", control);
        int files = 0;
        for (const auto& entry : fs::directory_iterator(scratch(dir) / "a")) {
            const fs::path other = scratch(dir) / "b" / entry.path().filename();
            QVERIFY2(fs::exists(other), entry.path().filename().c_str());
            QVERIFY2(fileBytes(entry.path()) == fileBytes(other), entry.path().filename().c_str());
            ++files;
        }
        QCOMPARE(files, 4); // cache.json, ct_00.img.f32, ct_00.lbl.u8, mr_00.img.f32: no temporaries left
    }

    void keyChangesWithParametersSourcesAndContent() {
        QTemporaryDir dir;
        const fs::path source = scratch(dir) / "image.nii";
        std::ofstream(source) << "voxels";
        const nlohmann::json content = {{"label_maps", {{"ct", {{"6", 1}}}}}};
        const auto stamps = [&] { return std::vector<SourceFileStamp>{SourceFileStamp::of(source)}; };
        const std::string key = SliceCacheKey::compute(SliceCacheParameters{}, stamps(), content);
        QCOMPARE(key.size(), std::size_t(16));
        QCOMPARE(SliceCacheKey::compute(SliceCacheParameters{}, stamps(), content), key);

        SliceCacheParameters larger;
        larger.height = 256;
        QVERIFY(SliceCacheKey::compute(larger, stamps(), content) != key);
        SliceCacheParameters windowed;
        windowed.intensityWindows["ct"] = {0.0, 255.0};
        QVERIFY(SliceCacheKey::compute(windowed, stamps(), content) != key);
        const nlohmann::json otherMap = {{"label_maps", {{"ct", {{"6", 2}}}}}};
        QVERIFY(SliceCacheKey::compute(SliceCacheParameters{}, stamps(), otherMap) != key);

        std::ofstream(source, std::ios::app) << "+more"; // the source changed on disk
        QVERIFY(SliceCacheKey::compute(SliceCacheParameters{}, stamps(), content) != key);
        QVERIFY_THROWS_EXCEPTION(InputError, SourceFileStamp::of(scratch(dir) / "missing.nii"));
    }

    void parametersSurviveTheirJsonForm() {
        SliceCacheParameters parameters;
        parameters.height = 96;
        parameters.ctWindowLow = -160.0;
        parameters.mrHighPercentile = 99.0;
        parameters.intensityWindows["ct"] = {0.0, 255.0};
        const SliceCacheParameters back =
            SliceCacheJson::toParameters(SliceCacheJson::fromParameters(parameters), "config.json");
        QCOMPARE(back.height, 96);
        QCOMPARE(back.ctWindowLow, -160.0);
        QCOMPARE(back.mrHighPercentile, 99.0);
        QCOMPARE(back.intensityWindows.at("ct")[1], 255.0);
        try {
            SliceCacheJson::toParameters(nlohmann::json{{"height", 3}}, "config.json");
            QFAIL("incomplete parameters were accepted");
        } catch (const InputError& error) {
            QCOMPARE(error.file(), fs::path("config.json"));
        }
    }

    void truncatedSliceFileIsRefusedNamingIt() {
        QTemporaryDir dir;
        TaskControl control;
        const fs::path folder = scratch(dir) / "cache";
        buildSynthetic(folder, control);
        const fs::path images = folder / "ct_00.img.f32";
        fs::resize_file(images, fs::file_size(images) - 4);
        const SliceCache cache = SliceCache::open(folder);
        try {
            cache.load("ct_00");
            QFAIL("a truncated slice file was loaded");
        } catch (const InputError& error) {
            QCOMPARE(error.file(), images);
            QVERIFY(std::string(error.what()).find("truncated") != std::string::npos);
        }
    }

    void corruptOrMissingIndexIsRefusedNamingIt() {
        QTemporaryDir dir;
        TaskControl control;
        const fs::path folder = scratch(dir) / "cache";
        buildSynthetic(folder, control);
        QVERIFY(SliceCache::exists(folder));
        const std::string text = fileBytes(folder / "cache.json");
        std::ofstream(folder / "cache.json", std::ios::trunc) << text.substr(0, text.size() / 2);
        QVERIFY(!SliceCache::exists(folder));
        try {
            SliceCache::open(folder);
            QFAIL("a corrupt cache.json was opened");
        } catch (const InputError& error) {
            QCOMPARE(error.file(), folder / "cache.json");
        }
        // Valid JSON of another format version is refused too, with the reason.
        std::ofstream(folder / "cache.json", std::ios::trunc) << R"({"format_version": 99})";
        try {
            SliceCache::open(folder);
            QFAIL("a cache of another format version was opened");
        } catch (const InputError& error) {
            QVERIFY(std::string(error.what()).find("version 99") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, SliceCache::open(scratch(dir) / "nowhere"));
    }

    void cancelLeavesNoValidIndexAndNoCaseFiles() {
        QTemporaryDir dir;
        const fs::path folder = scratch(dir) / "cache";
        TaskControl finished;
        buildSynthetic(folder, finished); // an older complete cache in the same folder must not survive either

        CancelOnSecondCase sink;
        TaskControl control(&sink);
        sink.control = &control;
        QVERIFY_THROWS_EXCEPTION(TaskCancelled, buildSynthetic(folder, control));
        QVERIFY(!SliceCache::exists(folder));
        QVERIFY(!fs::exists(folder / "cache.json"));
        QVERIFY(!fs::exists(folder / "ct_00.img.f32"));
    }

    void failingCaseLeavesNoIndexAndNamesTheSource() {
        QTemporaryDir dir;
        const fs::path folder = scratch(dir) / "cache";
        SliceCacheBuilder builder(smallParameters(), "k");
        TaskControl control;
        auto cases = syntheticCaseList();
        // Labels on another grid than the image: the error must name the case's image file.
        const auto misfit = [](const SliceCacheCase& info) {
            CaseVolumes volumes = syntheticCase(info.id);
            if (info.id == "mr_00") volumes.labels = syntheticCase("ct_00").labels;
            return volumes;
        };
        try {
            builder.build(folder, cases, misfit, control);
            QFAIL("labels on another grid were accepted");
        } catch (const InputError& error) {
            QCOMPARE(error.file(), fs::path("/data/mr_00_image.nii.gz"));
        }
        QVERIFY(!fs::exists(folder)); // the build created the folder and nothing valid came of it
    }
};

int crossseg::test::runSliceCacheTests(int argc, char** argv) {
    SliceCacheTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "SliceCacheTest.moc"
