// RunRecord, the one owner of config.json and status.json: a run folder written by the version before RunRecord
// still loads (fields added since take their defaults), what it writes reads back the same, and bad files are
// refused naming them. Also the method table every part of CrossSeg consults.
#include "core/learn/Method.h"
#include "core/learn/RunFolder.h"
#include "core/learn/RunRecord.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "InputErrorText.h"

#include <QtTest/QtTest>

#include <fstream>
#include <tuple>
#include <vector>

using namespace crossseg;

namespace {

// config.json of a smoke mkd-iam run written by the version before RunRecord (paths shortened).
const char* const kEarlierConfig =
    R"({"cache": "/data/slice-cache/demo-data-acc5a5ab20bba652", "cache_key": "acc5a5ab20bba652", )"
    R"("classes": ["background", "myocardium", "left_atrium", "left_ventricle", "right_atrium", )"
    R"("right_ventricle", "ascending_aorta", "pulmonary_artery"], "cycle_weight": 10.0, "device": "cpu", )"
    R"("device_used": "cpu", )"
    R"("iam": {"folder": "/data/slice-cache/demo-data-acc5a5ab20bba652/iam/33cd27c4263604f5", )"
    R"("hash": "33cd27c4263604f5", "reused": false}, "iam_cache_root": "", "identity_weight": 0.5, )"
    R"("iterations": 0, "kd_temperature": 2.0, "kd_weight": 0.5, "labeled_target": 1, "method": "mkd-iam", )"
    R"("models": ["ensemble", "real", "syn"], "preprocessing": {"ct_window": [-250.0, 450.0], )"
    R"("format_version": 1, "height": 32, "intensity_windows": {}, "mr_percentiles": [0.5, 99.5], )"
    R"("width": 32}, "profile": "smoke", "profile_parameters": {"batch_size": 4, "checkpoint_interval": 20, )"
    R"("discriminator_channels": 4, "discriminator_layers": 2, "foreground_slice_fraction": 0.67, )"
    R"("generator_channels": 4, "generator_residual_blocks": 1, "height": 32, "iam_batch_size": 2, )"
    R"("iam_iterations": 12, "iam_learning_rate": 0.001, "intensity_scale_jitter": 0.1, )"
    R"("intensity_shift_jitter": 0.1, "iterations": 40, "learning_rate": 0.003, "loader_threads": 2, )"
    R"("log_interval": 5, "max_rotation_degrees": 10.0, "max_scale_change": 0.1, "max_translation": 0.05, )"
    R"("name": "smoke", "noise_std": 0.02, "normalization": "batch", "prefetch_batches": 4, )"
    R"("unet_base_channels": 8, "unet_depth": 2, "unlabeled_batch_size": 2, "validation_cases": 1, )"
    R"("validation_interval": 20, "weight_decay": 1e-05, "width": 32}, "run_dir": "/runs/mkd-iam", "seed": 0, )"
    R"("selection": {"assistant": ["mr_train_1001", "mr_train_1002", "mr_train_1003", "mr_train_1004", )"
    R"("mr_train_1005", "mr_train_1006"], "assistant_modality": "mr", "labeled_target": ["ct_train_1005"], )"
    R"("notes": [], "target_modality": "ct", "unlabeled_target": ["ct_train_1002", "ct_train_1004", )"
    R"("ct_train_1003", "ct_train_1006"], "validation": ["ct_train_1001"]}})";

const char* const kEarlierStatus =
    R"({"best_iteration": 40, "best_mean_dice": 0.08189448110131257, "iteration": 40, "message": "finished 40 )"
    R"(iterations", "stage": "segmentation", "state": "finished", "total_iterations": 40})";

std::filesystem::path pathOf(const QTemporaryDir& dir) { return dir.path().toStdString(); }

nlohmann::json metricLine(const char* stage, long long iteration, double loss) {
    return {{"stage", stage}, {"kind", "train"}, {"iteration", iteration}, {"losses", {{"total", loss}}}};
}

// (stage, iteration, loss) of each line of a run folder's metrics.jsonl, in file order.
std::vector<std::tuple<std::string, long long, double>> metricsIn(const std::filesystem::path& folder) {
    std::vector<std::tuple<std::string, long long, double>> lines;
    std::ifstream in(folder / "metrics.jsonl");
    for (std::string line; std::getline(in, line);) {
        const auto json = nlohmann::json::parse(line);
        lines.emplace_back(json["stage"], json["iteration"], json["losses"]["total"]);
    }
    return lines;
}

using test::inputErrorOf;

} // namespace

class RunRecordTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aRunFolderOfTheEarlierVersionLoads() {
        QTemporaryDir dir;
        AtomicFile::writeText(pathOf(dir) / "config.json", kEarlierConfig);
        AtomicFile::writeText(pathOf(dir) / "status.json", kEarlierStatus);
        const RunRecord record = RunRecord::read(pathOf(dir));
        QVERIFY(record.config.method == Method::MkdIam);
        QCOMPARE(record.config.labeledTarget, 1);
        QCOMPARE(record.profile.iterations, 40);
        QCOMPARE(record.profile.keepBestPerModel, false); // added since: today's behaviour
        QCOMPARE(record.profile.upsampling, std::string("transposed"));
        QCOMPARE(record.classes.size(), std::size_t(8));
        QCOMPARE(record.selection.validation, std::vector<std::string>{"ct_train_1001"});
        QCOMPARE(record.models(), (std::vector<std::string>{"ensemble", "real", "syn"}));
        QVERIFY(record.iam.has_value());
        QCOMPARE(record.iam->weightsFile().filename().string(), std::string("iam.pt"));
        QCOMPARE(record.iam->cycleWeight, 10.0);
        QCOMPARE(record.iam->identityWeight, 0.5);
        QVERIFY(!record.distributed);
        QCOMPARE(record.preprocessing["ct_window"][1].get<double>(), 450.0);

        const auto status = record.readStatus();
        QVERIFY(status.has_value());
        QVERIFY(status->state == RunState::Finished);
        QCOMPARE(status->iteration, 40LL);
        QVERIFY(status->bestMeanDice.has_value());
        QCOMPARE(*status->bestMeanDice, 0.08189448110131257);
        QCOMPARE(status->bestIteration, 40LL);
    }

    void whatItWritesReadsBackTheSame() {
        QTemporaryDir dir;
        AtomicFile::writeText(pathOf(dir) / "config.json", kEarlierConfig);
        RunRecord record = RunRecord::read(pathOf(dir));
        record.distributed = DistributedSetting{4, "nccl"};
        record.iam->reused = true;
        record.writeConfig();
        const RunRecord again = RunRecord::read(pathOf(dir));
        QVERIFY(again.toJson() == record.toJson());
        QCOMPARE(again.distributed->worldSize, 4);
        QCOMPARE(again.distributed->backend, std::string("nccl"));

        RunStatus status;
        status.state = RunState::Paused;
        status.stage = "iam";
        status.totalIterations = 250;
        status.bestPerModel["real"] = {0.5, 50};
        record.writeStatus(status);
        const auto read = record.readStatus();
        QVERIFY(read->state == RunState::Paused);
        QVERIFY(!read->bestMeanDice.has_value());
        QVERIFY(read->toJson() == status.toJson());
        QCOMPARE(read->bestPerModel.at("real").iteration, 50LL);
    }

    // A result must name the engine that made it: a run resumed by another build says both, once.
    void aRunResumedByAnotherEngineNamesBoth() {
        QCOMPARE(RunRecord::engineCommitAfterResume("", "b1"), std::string("b1")); // recorded before engine_commit
        QCOMPARE(RunRecord::engineCommitAfterResume("a1", "a1"), std::string("a1"));
        const std::string mixed = RunRecord::engineCommitAfterResume("a1", "b1");
        QCOMPARE(mixed, std::string("a1, resumed by b1"));
        QCOMPARE(RunRecord::engineCommitAfterResume(mixed, "b1"), mixed); // resumed again by the same build
        QCOMPARE(RunRecord::engineCommitAfterResume(mixed, "c1"), std::string("a1, resumed by b1, resumed by c1"));

        QTemporaryDir dir;
        AtomicFile::writeText(pathOf(dir) / "config.json", kEarlierConfig);
        RunRecord record = RunRecord::read(pathOf(dir));
        QVERIFY(record.engineCommit.empty()); // folders of earlier versions have none
        record.engineCommit = mixed;
        record.writeConfig();
        QCOMPARE(RunRecord::read(pathOf(dir)).engineCommit, mixed);
    }

    // A resumed run's curve holds each iteration once: segmentation lines after the checkpoint are redone, and the
    // IAM's lines stay unless the IAM stage trains again (its slice cache gone), when the new ones replace them.
    void aResumedRunsMetricsHoldEachIterationOnce() {
        using Line = std::tuple<std::string, long long, double>;
        for (const bool iamTrainsAgain : {false, true}) {
            QTemporaryDir dir;
            RunFolder first(pathOf(dir));
            for (const auto& line : {metricLine("iam", 10, 0.9), metricLine("iam", 20, 0.8),
                                     metricLine("segmentation", 10, 0.7), metricLine("segmentation", 20, 0.6),
                                     metricLine("segmentation", 30, 0.5)})
                first.appendMetrics(line);

            RunFolder resumed(pathOf(dir)); // the checkpoint is at iteration 20: 30 is redone
            resumed.loadMetrics(20);
            if (iamTrainsAgain) {
                resumed.appendMetrics(metricLine("iam", 10, 0.91));
                resumed.appendMetrics(metricLine("iam", 20, 0.81));
            }
            resumed.appendMetrics(metricLine("segmentation", 30, 0.55));

            const double iam10 = iamTrainsAgain ? 0.91 : 0.9, iam20 = iamTrainsAgain ? 0.81 : 0.8;
            const std::vector<Line> want{{"iam", 10, iam10},          {"iam", 20, iam20},
                                         {"segmentation", 10, 0.7},   {"segmentation", 20, 0.6},
                                         {"segmentation", 30, 0.55}};
            QVERIFY2(metricsIn(pathOf(dir)) == want, iamTrainsAgain ? "IAM trained again" : "IAM reused");
        }
    }

    void badRunFoldersAreRefusedNamingTheFile() {
        QTemporaryDir dir;
        QVERIFY(!RunRecord::exists(pathOf(dir)));
        QVERIFY(inputErrorOf([&] { RunRecord::read(pathOf(dir)); }).contains("config.json: missing"));
        QVERIFY(inputErrorOf([&] { RunRecord::read(pathOf(dir) / "nowhere"); }).contains("run folder missing"));

        auto json = nlohmann::json::parse(kEarlierConfig);
        json["method"] = "mkd-and-more";
        AtomicFile::writeText(pathOf(dir) / "config.json", json.dump());
        QString error = inputErrorOf([&] { RunRecord::read(pathOf(dir)); });
        QVERIFY2(error.contains("config.json") && error.contains("unknown method 'mkd-and-more'"), qPrintable(error));

        json = nlohmann::json::parse(kEarlierConfig);
        json.erase("classes");
        AtomicFile::writeText(pathOf(dir) / "config.json", json.dump());
        QVERIFY(inputErrorOf([&] { RunRecord::read(pathOf(dir)); }).contains("incomplete run configuration"));

        AtomicFile::writeText(pathOf(dir) / "config.json", kEarlierConfig);
        AtomicFile::writeText(pathOf(dir) / "status.json", R"({"state": "exploded"})");
        error = inputErrorOf([&] { RunRecord::read(pathOf(dir)).readStatus(); });
        QVERIFY2(error.contains("status.json") && error.contains("exploded"), qPrintable(error));
    }

    void everyMethodHasOneRowAndItsNameParsesBack() {
        QCOMPARE(MethodTraits::all().size(), std::size_t(5));
        for (const Method method : MethodTraits::all()) {
            QVERIFY(MethodTraits::parse(toString(method)) == method);
            const MethodTraits& traits = MethodTraits::of(method);
            QCOMPARE(traits.models.size(), traits.mutual ? std::size_t(3) : std::size_t(1));
            QVERIFY(!traits.needsIam || traits.mutual);
        }
        const MethodTraits& mkd = MethodTraits::of(Method::Mkd);
        QCOMPARE(mkd.streamsDrawn(true).size(), std::size_t(3));
        QCOMPARE(mkd.streamsDrawn(false).size(), std::size_t(2)); // no unlabelled target slices: no such stream
        QVERIFY(!MethodTraits::of(Method::AssistantOnly).usesTargetLabels);
        QVERIFY(!MethodTraits::of(Method::TargetOnly).usesAssistant);
        const QString error = inputErrorOf([] { MethodTraits::parse("mkd_iam"); });
        QVERIFY2(error.contains("unknown method 'mkd_iam'") && error.contains("mkd or mkd-iam"), qPrintable(error));
    }
};

int runRunRecordTests(int argc, char** argv) {
    RunRecordTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "RunRecordTest.moc"
