// TrainingRun end to end on tiny synthetic slice caches with the smoke profile: every method learns, the run
// folder holds what it promises, resume is exact, bad input fails clearly, a NaN loss stops cleanly.
#include "SyntheticSliceCache.h"
#include "InputErrorText.h"

#include "core/learn/TrainingCheckpoint.h"
#include "core/learn/TrainingObserver.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/UNet.h"
#include "core/learn/TrainingRun.h"
#include "core/util/BuildCommit.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <QtTest/QtTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

using namespace crossseg;

namespace {

std::filesystem::path pathOf(const QTemporaryDir& dir) { return dir.path().toStdString(); }

std::vector<nlohmann::json> readMetrics(const std::filesystem::path& run) {
    std::vector<nlohmann::json> lines;
    std::ifstream in(run / "metrics.jsonl");
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

nlohmann::json readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

// The supervised part of the loss, the quantity every method minimises on labelled data.
double supervisedLoss(const nlohmann::json& losses) {
    if (losses.contains("sup")) return losses["sup"].get<double>();
    return losses["real_sup"].get<double>() + losses["syn_sup"].get<double>();
}

// Cancels the run once it has finished a given iteration.
class CancelAt : public TrainingObserver {
public:
    CancelAt(TaskControl& control, int iteration) : control_(control), iteration_(iteration) {}
    void onIteration(const TrainingIterationReport& r) override {
        if (r.stage == "segmentation" && r.iteration == iteration_) control_.requestCancel();
        ++iterations;
    }
    void onValidation(const TrainingValidationReport&) override { ++validations; }
    int iterations = 0, validations = 0;

private:
    TaskControl& control_;
    int iteration_;
};

TrainingConfig smokeConfig(const std::filesystem::path& cache, const std::filesystem::path& run,
                           const std::string& method) {
    TrainingConfig c;
    c.method = MethodTraits::parse(method);
    c.labeledTarget = 2;
    c.profile = "smoke";
    c.seed = 7;
    c.cache = cache;
    c.runDir = run;
    c.iamCacheRoot = run.parent_path() / "iam-cache";
    return c;
}

// Every parameter and buffer of a checkpoint's segmentors, loaded the way the Predictor loads them.
std::map<std::string, torch::Tensor> modelTensors(const std::filesystem::path& checkpoint) {
    const auto state = TrainingCheckpoint::readState(checkpoint);
    const TrainingProfile profile = TrainingProfile::fromJson(state.config["profile_parameters"]);
    UNetOptions o;
    o.classes = int(state.config["classes"].size());
    o.depth = profile.unetDepth;
    o.baseChannels = profile.unetBaseChannels;
    o.normalization = profile.normalization;
    std::map<std::string, UNet> networks;
    for (const auto& model : state.config["models"])
        if (model != "ensemble") networks.emplace(model.get<std::string>(), UNet(o));
    TrainingCheckpoint::loadSegmentors(checkpoint, networks, torch::kCPU);
    std::map<std::string, torch::Tensor> tensors;
    for (auto& [name, network] : networks) {
        for (const auto& p : network->named_parameters()) tensors[name + "." + p.key()] = p.value().detach().clone();
        for (const auto& b : network->named_buffers()) tensors[name + "." + b.key()] = b.value().clone();
    }
    return tensors;
}

using test::inputErrorOf;

} // namespace

class TrainingRunTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        cache_ = pathOf(scratch_) / "cache";
        test::writeSyntheticSliceCache(cache_);
    }

    void eachMethodsLossFallsAndTheRunFolderIsComplete_data() {
        QTest::addColumn<QString>("method");
        for (const char* m : {"target-only", "assistant-only", "joint", "mkd", "mkd-iam"}) QTest::newRow(m) << m;
    }
    void eachMethodsLossFallsAndTheRunFolderIsComplete() {
        QFETCH(QString, method);
        const auto run = pathOf(scratch_) / ("run-" + method.toStdString());
        TaskControl control;
        CancelAt observer(control, -1);
        TrainingRun training(smokeConfig(cache_, run, method.toStdString()));
        training.run(control, &observer);

        for (const char* file : {"config.json", "status.json", "metrics.jsonl", "checkpoints/latest.pt",
                                 "checkpoints/best.pt"})
            QVERIFY2(std::filesystem::exists(run / file), file);
        const auto status = readJson(run / "status.json");
        QCOMPARE(QString::fromStdString(status["state"]), QString("finished"));
        QCOMPARE(status["iteration"].get<int>(), 40);
        const auto config = readJson(run / "config.json");
        QCOMPARE(QString::fromStdString(config["method"]), method);
        // The record names the build that trained it (what a result needs to be repeated).
        QVERIFY(!BuildCommit::text().empty());
        QCOMPARE(config["engine_commit"].get<std::string>(), BuildCommit::text());
        QCOMPARE(config["selection"]["labeled_target"].size(), std::size_t(2));
        QVERIFY(!config["selection"]["validation"].empty());
        // Validation never touches the test split.
        for (const auto& id : config["selection"]["validation"]) QVERIFY(id.get<std::string>() != "ct_test_0");
        QVERIFY(observer.validations >= 2);

        std::vector<double> supervised;
        for (const auto& line : readMetrics(run))
            if (line["kind"] == "train" && line["stage"] == "segmentation") supervised.push_back(supervisedLoss(line["losses"]));
        QVERIFY(supervised.size() >= 6);
        const double first = supervised.front(), last = supervised.back();
        QVERIFY2(last < 0.8 * first, qPrintable(QString("%1: loss %2 -> %3").arg(method).arg(first).arg(last)));
        if (method == "mkd-iam") {
            QVERIFY(config.contains("iam"));
            QVERIFY(std::filesystem::exists(std::filesystem::path(config["iam"]["folder"].get<std::string>()) / "iam.pt"));
        }
    }

    void resumedRunGivesTheSameWeightsAsAnUninterruptedOne() {
        const auto straight = pathOf(scratch_) / "resume-straight";
        const auto interrupted = pathOf(scratch_) / "resume-interrupted";
        {
            TaskControl control;
            TrainingRun(smokeConfig(cache_, straight, "mkd-iam")).run(control, nullptr);
        }
        {
            TaskControl control;
            CancelAt observer(control, 13);
            bool cancelled = false;
            try {
                TrainingRun(smokeConfig(cache_, interrupted, "mkd-iam")).run(control, &observer);
            } catch (const TaskCancelled&) {
                cancelled = true;
            }
            QVERIFY(cancelled);
            QCOMPARE(QString::fromStdString(readJson(interrupted / "status.json")["state"]), QString("cancelled"));
            QCOMPARE(TrainingCheckpoint::readState(interrupted / "checkpoints" / "latest.pt").iteration, 13LL);
        }
        const auto atCancel = modelTensors(interrupted / "checkpoints" / "latest.pt");
        {
            TaskControl control;
            TrainingConfig config = smokeConfig(cache_, interrupted, "mkd-iam");
            config.resume = true;
            TrainingRun(config).run(control, nullptr);
        }
        const auto a = modelTensors(straight / "checkpoints" / "latest.pt");
        const auto b = modelTensors(interrupted / "checkpoints" / "latest.pt");
        QVERIFY(a.size() > 10);
        QCOMPARE(a.size(), b.size());
        for (const auto& [name, tensor] : a) QVERIFY2(torch::equal(tensor, b.at(name)), name.c_str());
        QCOMPARE(TrainingCheckpoint::readState(interrupted / "checkpoints" / "latest.pt").iteration, 40LL);
        // Not vacuous: the resumed iterations did change the weights.
        bool changed = false;
        for (const auto& [name, tensor] : atCancel) changed = changed || !torch::equal(tensor, b.at(name));
        QVERIFY(changed);
    }

    // A data set copied or moved gets a new slice-cache key (its files' paths and times change) but holds the same
    // slices: the run resumes on it, exactly, and reuses its IAM. Changed slices are refused, saying why.
    void aRunResumesOnACopiedDataSetButNotOnChangedData() {
        const auto copied = pathOf(scratch_) / "cache-copied";
        test::SyntheticSliceCacheOptions copy;
        copy.key = "synthetic-copied";
        QVERIFY(test::writeSyntheticSliceCache(copied, copy).key() != SliceCache::open(cache_).key());
        const auto run = pathOf(scratch_) / "resume-on-copy";
        {
            TaskControl control;
            CancelAt observer(control, 13);
            QVERIFY_THROWS_EXCEPTION(TaskCancelled,
                                     TrainingRun(smokeConfig(cache_, run, "mkd-iam")).run(control, &observer));
        }
        TaskControl control;
        TrainingConfig config = smokeConfig(copied, run, "mkd-iam");
        config.resume = true;
        TrainingRun(config).run(control, nullptr);
        QCOMPARE(TrainingCheckpoint::readState(run / "checkpoints" / "latest.pt").iteration, 40LL);
        QVERIFY(readJson(run / "config.json")["iam"]["reused"].get<bool>());
        // Resumed by the same build: one engine, named once.
        QCOMPARE(readJson(run / "config.json")["engine_commit"].get<std::string>(), BuildCommit::text());
        const auto straight = modelTensors(pathOf(scratch_) / "resume-straight" / "checkpoints" / "latest.pt");
        const auto resumed = modelTensors(run / "checkpoints" / "latest.pt");
        QCOMPARE(resumed.size(), straight.size());
        for (const auto& [name, tensor] : straight) QVERIFY2(torch::equal(tensor, resumed.at(name)), name.c_str());

        test::SyntheticSliceCacheOptions other;
        other.key = "synthetic-other-voxels";
        other.seed = 2;
        config.cache = pathOf(scratch_) / "cache-changed";
        test::writeSyntheticSliceCache(config.cache, other);
        const QString error = inputErrorOf([&] { TrainingRun(config).run(control, nullptr); });
        QVERIFY2(error.contains("data_digest") && error.contains("training slices differ"), qPrintable(error));
    }

    void iterationsOverrideTheProfileAndAResumeMustKeepThem() {
        const auto run = pathOf(scratch_) / "short";
        TaskControl control;
        auto config = smokeConfig(cache_, run, "target-only");
        config.iterations = 12;
        TrainingRun(config).run(control, nullptr);
        QCOMPARE(readJson(run / "status.json")["iteration"].get<int>(), 12);
        QCOMPARE(readJson(run / "config.json")["profile_parameters"]["iterations"].get<int>(), 12);
        QCOMPARE(TrainingCheckpoint::readState(run / "checkpoints" / "latest.pt").iteration, 12LL);
        // The learning-rate schedule spans the run, so resuming with another count would not be the same run.
        config.iterations = 20;
        config.resume = true;
        const QString error = inputErrorOf([&] { TrainingRun(config).run(control, nullptr); });
        QVERIFY2(error.contains("incompatible checkpoint"), qPrintable(error));
        config = smokeConfig(cache_, pathOf(scratch_) / "negative", "target-only");
        config.iterations = -5;
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("--iterations"));
    }

    void aProfileFileTrainsWithItsOverridesAndIsRecorded() {
        const auto file = pathOf(scratch_) / "tiny-smoke.json";
        std::ofstream(file) << R"({"base": "smoke", "iterations": 8, "unet_base_channels": 4})";
        const auto run = pathOf(scratch_) / "from-file";
        TaskControl control;
        auto config = smokeConfig(cache_, run, "joint");
        config.profile = file.string();
        TrainingRun(config).run(control, nullptr);
        QCOMPARE(readJson(run / "status.json")["iteration"].get<int>(), 8);
        const auto parameters = readJson(run / "config.json")["profile_parameters"];
        QCOMPARE(parameters["name"].get<std::string>(), std::string("tiny-smoke"));
        QCOMPARE(parameters["unet_base_channels"].get<int>(), 4);
        // The checkpoint holds a 4-channel network: the Predictor rebuilds it from the recorded parameters.
        QVERIFY(modelTensors(run / "checkpoints" / "latest.pt").size() > 10);
    }

    void badArgumentsGiveClearErrors() {
        const auto run = pathOf(scratch_) / "bad";
        TaskControl control;
        QVERIFY(inputErrorOf([&] { smokeConfig(cache_, run, "mkd-and-more"); }).contains("unknown method"));
        auto config = smokeConfig(cache_, run, "target-only");
        config.labeledTarget = 0;
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("--labeled-target"));
        config.labeledTarget = 9;
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("K=9"));
        config.labeledTarget = 1;
        config.profile = "cpu-quick";
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("needs 96x96"));
        config.profile = "turbo";
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("unknown profile"));
        config.profile = "smoke";
        config.device = "tpu";
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("unknown device"));
        config.device = "cpu";
        config.cache = pathOf(scratch_) / "no-such-cache";
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("cache.json"));
        QVERIFY(!std::filesystem::exists(run / "config.json")); // nothing written for a bad configuration
    }

    void missingOrIncompatibleCheckpointOnResumeGivesClearErrors() {
        TaskControl control;
        auto config = smokeConfig(cache_, pathOf(scratch_) / "never-ran", "target-only");
        config.resume = true;
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("nothing to resume"));

        // A finished target-only run resumed as mkd: refused, naming what differs.
        const auto run = pathOf(scratch_) / "run-target-only";
        QVERIFY(std::filesystem::exists(run / "checkpoints" / "latest.pt"));
        config = smokeConfig(cache_, run, "mkd");
        config.resume = true;
        const QString error = inputErrorOf([&] { TrainingRun(config).run(control, nullptr); });
        QVERIFY2(error.contains("incompatible checkpoint") && error.contains("method"), qPrintable(error));

        // Starting a new run over an existing one is refused too (it would destroy it).
        config.resume = false;
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("--resume"));

        // A truncated checkpoint.
        const auto broken = pathOf(scratch_) / "broken";
        std::filesystem::create_directories(broken / "checkpoints");
        std::filesystem::copy_file(run / "config.json", broken / "config.json");
        std::ofstream(broken / "checkpoints" / "latest.pt") << "PK not really a checkpoint";
        config = smokeConfig(cache_, broken, "target-only");
        config.resume = true;
        QVERIFY(inputErrorOf([&] { TrainingRun(config).run(control, nullptr); }).contains("not a readable checkpoint"));
    }

    // A NaN loss stops the run before the optimiser step, naming the term and the iteration, and no checkpoint is
    // written from the poisoned state (the code path that keeps an earlier latest.pt intact). The NaN comes from the
    // slices here: a resume can no longer be pointed at changed slices (aRunResumesOnACopiedDataSet...).
    void nanLossStopsWithTheTermNamedAndNoCheckpointOfThePoisonedState() {
        QTemporaryDir dir;
        const auto cache = pathOf(dir) / "cache";
        test::SyntheticSliceCacheOptions poisoned;
        poisoned.nanInTargetImages = true;
        test::writeSyntheticSliceCache(cache, poisoned);
        const auto run = pathOf(dir) / "run";
        TaskControl control;
        QString error;
        try {
            TrainingRun(smokeConfig(cache, run, "target-only")).run(control, nullptr);
        } catch (const InputError& e) {
            QFAIL(e.what());
        } catch (const std::runtime_error& e) {
            error = e.what();
        }
        QVERIFY2(error.contains("'sup'") && error.contains("NaN") && error.contains("iteration 1"), qPrintable(error));
        const auto status = readJson(run / "status.json");
        QCOMPARE(QString::fromStdString(status["state"]), QString("failed"));
        QVERIFY(QString::fromStdString(status["message"]).contains("'sup'"));
        QVERIFY(!std::filesystem::exists(run / "checkpoints" / "latest.pt"));
    }

    void aPauseInTheAlignmentStageIsRecordedInTheStatus() {
        // Pauses as soon as the IAM stage reports its 3rd iteration; a second thread waits for status.json to say
        // "paused", then resumes.
        class PauseInIam : public TrainingObserver {
        public:
            explicit PauseInIam(TaskControl& control) : control_(control) {}
            void onIteration(const TrainingIterationReport& r) override {
                if (r.stage == "iam" && r.iteration == 3) control_.requestPause();
            }
            void onValidation(const TrainingValidationReport&) override {}

        private:
            TaskControl& control_;
        };
        const auto run = pathOf(scratch_) / "paused-in-iam";
        auto config = smokeConfig(cache_, run, "mkd-iam");
        config.iamCacheRoot = pathOf(scratch_) / "fresh-iam-cache"; // trained here, not reused
        TaskControl control;
        PauseInIam observer(control);
        std::atomic<bool> sawPaused{false};
        std::thread resumer([&] {
            for (int i = 0; i < 600 && !sawPaused; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                if (!control.isPaused()) continue;
                try {
                    const auto status = readJson(run / "status.json");
                    sawPaused = status["state"] == "paused" && status["stage"] == "iam";
                } catch (const std::exception&) {
                }
            }
            control.resume();
        });
        TrainingRun(config).run(control, &observer);
        resumer.join();
        QVERIFY(sawPaused);
        QCOMPARE(QString::fromStdString(readJson(run / "status.json")["state"]), QString("finished"));
    }

    void cudaRunWhenAvailable() {
        if (!torch::cuda::is_available()) QSKIP("CUDA not available");
        TaskControl control;
        auto config = smokeConfig(cache_, pathOf(scratch_) / "cuda-run", "mkd");
        config.device = "cuda";
        TrainingRun(config).run(control, nullptr);
        QCOMPARE(QString::fromStdString(readJson(config.runDir / "config.json")["device_used"]), QString("cuda:0"));
    }

private:
    QTemporaryDir scratch_;
    std::filesystem::path cache_;
};

int runTrainingRunTests(int argc, char** argv) {
    TrainingRunTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "TrainingRunTest.moc"
