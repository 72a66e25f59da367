// TrainingJob: the one training job of the command line, the Studio and the teaching mode. A profile is resolved
// once (a JSON profile file works, and a resume does not need it any more), a slice cache is used as is, the run
// folder is what RunRecord reads back, and a run whose cache is gone is refused clearly.
#include "SyntheticSliceCache.h"

#include "core/learn/RunRecord.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"
#include "core/workflow/TrainingJob.h"

#include <QtTest/QtTest>

#include <fstream>

using namespace crossseg;

namespace {

std::filesystem::path pathOf(const QTemporaryDir& dir) { return dir.path().toStdString(); }

TrainingConfig smokeConfig(const std::filesystem::path& run, const std::filesystem::path& profile) {
    TrainingConfig config;
    config.method = Method::Joint;
    config.labeledTarget = 2;
    config.profile = profile.string();
    config.seed = 5;
    config.runDir = run;
    config.iamCacheRoot = run.parent_path() / "iam-cache";
    return config;
}

} // namespace

class TrainingJobTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        cache_ = pathOf(scratch_) / "cache";
        test::writeSyntheticSliceCache(cache_);
    }

    void aProfileFileIsResolvedOnceAndTheRunRecordSaysWhatRan() {
        const auto profile = pathOf(scratch_) / "tiny.json";
        std::ofstream(profile) << R"({"base": "smoke", "iterations": 6, "unet_base_channels": 4})";
        const auto run = pathOf(scratch_) / "run";
        TrainingJob job(smokeConfig(run, profile));
        QCOMPARE(job.profile().iterations, 6);
        TaskControl control;
        QCOMPARE(QString::fromStdString(job.prepare(cache_, {}, control).string()),
                 QString::fromStdString(cache_.string())); // a slice cache is used as it is
        job.train(control, nullptr);

        const RunRecord record = RunRecord::read(run);
        QVERIFY(record.config.method == Method::Joint);
        QCOMPARE(record.profile.name, std::string("tiny"));
        QCOMPARE(record.profile.unetBaseChannels, 4);
        QCOMPARE(record.classes.size(), std::size_t(3));
        const auto status = record.readStatus();
        QVERIFY(status);
        QVERIFY(status->state == RunState::Finished);
        QCOMPARE(status->iteration, 6LL);
        QCOMPARE(job.predictor().models(), (std::vector<std::string>{"single"}));

        // The recorded profile serves a resume even when the profile file is gone.
        std::filesystem::remove(profile);
        TrainingJob resumed = TrainingJob::resuming(run);
        QVERIFY(resumed.config().resume);
        QCOMPARE(resumed.profile().unetBaseChannels, 4);
        resumed.train(control, nullptr);
        QVERIFY(RunRecord::read(run).readStatus()->state == RunState::Finished);
    }

    void aRunWhoseSliceCacheIsGoneCannotResume() {
        QTemporaryDir dir;
        const auto cache = pathOf(dir) / "cache";
        test::writeSyntheticSliceCache(cache);
        const auto run = pathOf(dir) / "run";
        TrainingConfig config = smokeConfig(run, "smoke");
        config.iterations = 2;
        TrainingJob job(config);
        TaskControl control;
        job.useCache(cache);
        job.train(control, nullptr);
        std::filesystem::remove_all(cache);
        QString error;
        try {
            TrainingJob::resuming(run);
        } catch (const InputError& e) {
            error = e.what();
        }
        QVERIFY2(error.contains("config.json") && error.contains("is gone"), qPrintable(error));
    }

    void anUnknownProfileFailsBeforeAnyWork() {
        QString error;
        try {
            TrainingJob job(smokeConfig(pathOf(scratch_) / "never", "turbo"));
        } catch (const InputError& e) {
            error = e.what();
        }
        QVERIFY2(error.contains("unknown profile 'turbo'"), qPrintable(error));
        QVERIFY(!std::filesystem::exists(pathOf(scratch_) / "never"));
    }

private:
    QTemporaryDir scratch_;
    std::filesystem::path cache_;
};

QTEST_GUILESS_MAIN(TrainingJobTest)
#include "TrainingJobTest.moc"
