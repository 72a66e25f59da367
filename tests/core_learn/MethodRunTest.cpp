// Issue 9's switches all on in one smoke mkd-iam run through TrainingRun: the run finishes, logs the end-to-end
// IAM terms and the KD ramp, and an interrupted, resumed run continues exactly (the IAM's networks and Adam
// states travel in the checkpoint in end-to-end mode).
#include "SyntheticSliceCache.h"
#include "core/learn/TrainingObserver.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/TrainingRun.h"
#include "core/util/TaskControl.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

using namespace crossseg;

namespace {

std::vector<nlohmann::json> trainLines(const std::filesystem::path& run) {
    std::vector<nlohmann::json> lines;
    std::ifstream in(run / "metrics.jsonl");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        auto j = nlohmann::json::parse(line);
        if (j.value("kind", "") == "train" && j.value("stage", "") == "segmentation") lines.push_back(j["losses"]);
    }
    return lines;
}

class CancelAfter : public TrainingObserver {
public:
    CancelAfter(TaskControl& control, int iteration) : control_(control), iteration_(iteration) {}
    void onIteration(const TrainingIterationReport& r) override {
        if (r.stage == "segmentation" && r.iteration == iteration_) control_.requestCancel();
    }
    void onValidation(const TrainingValidationReport&) override {}

private:
    TaskControl& control_;
    int iteration_;
};

TrainingProfile everyIssue9Option() {
    TrainingProfile p = TrainingProfile::named("smoke");
    p.normalizationDomains = 2;
    MethodOptions& o = p.methodOptions;
    o.iamMode = IamMode::EndToEnd;
    o.iamAssistantForegroundFraction = 0.67;
    o.iamTargetAbdominalRange = true;
    o.translateCleanAssistant = true;
    o.kdRamp = KdWeightSchedule::Ramp::Sigmoid;
    o.unlabeledTargetAbdominalRange = true;
    o.teacherForwardNoGrad = true;
    o.iamIdentityTerms = false;
    return p;
}

TrainingConfig configFor(const std::filesystem::path& cache, const std::filesystem::path& run) {
    TrainingConfig c;
    c.method = Method::MkdIam;
    c.labeledTarget = 2;
    c.profile = "smoke";
    c.seed = 3;
    c.cache = cache;
    c.runDir = run;
    c.iamCacheRoot = run.parent_path() / "iam-cache";
    return c;
}

} // namespace

class MethodRunTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyOptionTogetherTrainsAndResumesExactly() {
        QTemporaryDir scratch;
        const std::filesystem::path root = scratch.path().toStdString();
        test::writeSyntheticSliceCache(root / "cache");
        const TrainingProfile profile = everyIssue9Option();
        {
            TaskControl control;
            TrainingRun(configFor(root / "cache", root / "straight"), profile).run(control, nullptr);
        }
        {
            TaskControl control;
            CancelAfter observer(control, 15);
            QVERIFY_THROWS_EXCEPTION(TaskCancelled, TrainingRun(configFor(root / "cache", root / "resumed"), profile)
                                                        .run(control, &observer));
            TrainingConfig config = configFor(root / "cache", root / "resumed");
            config.resume = true;
            TaskControl again;
            TrainingRun(config, profile).run(again, nullptr);
        }
        const auto straight = trainLines(root / "straight"), resumed = trainLines(root / "resumed");
        QVERIFY(!straight.empty());
        const nlohmann::json& last = straight.back();
        for (const char* term : {"real_sup", "syn_sup", "real_kd", "syn_kd", "iam_gan_a2t", "iam_cycle", "iam_critic_t",
                                 "kd_weight"})
            QVERIFY2(last.contains(term), term);
        QVERIFY(!last.contains("iam_identity")); // iam_identity_terms false
        QCOMPARE(last["kd_weight"].get<double>(), 0.5); // the ramp is over after 25 % of 40 iterations
        // Lines logged after the resume are the uninterrupted run's, number for number.
        QVERIFY(resumed.size() >= 2);
        QCOMPARE(resumed.back().dump(), straight.back().dump());
    }
};

int runMethodRunTests(int argc, char** argv) {
    MethodRunTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "MethodRunTest.moc"
