// Reading the launchers' variables (torchrun, Slurm), Slurm host lists, per-rank data seeds, backend choice.
#include "core/distributed/DataShard.h"
#include "core/distributed/DistributedEnvironment.h"
#include "core/distributed/DistributedSession.h"
#include "core/distributed/SlurmNodeList.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <map>

using namespace crossseg;

namespace {

DistributedEnvironment::Lookup variables(const std::map<std::string, std::string>& values) {
    return [values](const std::string& name) -> std::optional<std::string> {
        const auto it = values.find(name);
        if (it == values.end()) return std::nullopt;
        return it->second;
    };
}

// The InputError message of detect(), or "" when it succeeds.
QString refusal(const std::map<std::string, std::string>& values) {
    try {
        DistributedEnvironment::detect(DistributedMode::Auto, variables(values));
    } catch (const InputError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

const std::map<std::string, std::string> kTorchrun{{"MASTER_ADDR", "node01"}, {"MASTER_PORT", "29500"},
                                                    {"WORLD_SIZE", "4"},      {"RANK", "3"},
                                                    {"LOCAL_RANK", "1"}};
const std::map<std::string, std::string> kSlurm{{"SLURM_PROCID", "5"}, {"SLURM_NTASKS", "8"}, {"SLURM_LOCALID", "1"},
                                                {"SLURM_JOB_NODELIST", "gpu[07-08,11],login2"},
                                                {"SLURM_JOB_ID", "123456"}};

std::map<std::string, std::string> with(std::map<std::string, std::string> base,
                                        const std::map<std::string, std::string>& changes) {
    for (const auto& [k, v] : changes) base[k] = v;
    return base;
}
std::map<std::string, std::string> without(std::map<std::string, std::string> base, const std::string& name) {
    base.erase(name);
    return base;
}

} // namespace

class DistributedEnvironmentTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noVariablesMeansOneProcess() {
        const auto env = DistributedEnvironment::detect(DistributedMode::Auto, variables({}));
        QVERIFY(!env.enabled);
        QCOMPARE(env.worldSize, 1);
        QCOMPARE(env.deviceFor("cuda"), std::string("cuda"));
    }

    void torchrunVariablesAreRead() {
        const auto env = DistributedEnvironment::detect(DistributedMode::Auto, variables(kTorchrun));
        QVERIFY(env.enabled);
        QCOMPARE(env.launcher, std::string("torchrun"));
        QCOMPARE(env.rank, 3);
        QCOMPARE(env.worldSize, 4);
        QCOMPARE(env.localRank, 1);
        QCOMPARE(env.masterAddr, std::string("node01"));
        QCOMPARE(env.masterPort, 29500);
        QCOMPARE(env.deviceFor("cuda"), std::string("cuda:1")); // LOCAL_RANK picks the GPU
        QCOMPARE(env.deviceFor("cpu"), std::string("cpu"));
        QVERIFY(!env.launcherHostsStore); // rank 0 hosts the rendezvous store
        // torchrun's elastic agent hosting the store itself: every rank connects, keys per restart attempt.
        const auto agent = DistributedEnvironment::detect(
            DistributedMode::Auto,
            variables(with(kTorchrun, {{"TORCHELASTIC_USE_AGENT_STORE", "True"}, {"TORCHELASTIC_RESTART_COUNT", "2"}})));
        QVERIFY(agent.launcherHostsStore);
        QCOMPARE(agent.attempt, 2);
    }

    void slurmVariablesAreReadWithTheFirstHostAsMaster() {
        const auto env = DistributedEnvironment::detect(DistributedMode::Auto, variables(kSlurm));
        QVERIFY(env.enabled);
        QCOMPARE(env.launcher, std::string("slurm"));
        QCOMPARE(env.rank, 5);
        QCOMPARE(env.worldSize, 8);
        QCOMPARE(env.localRank, 1);
        QCOMPARE(env.masterAddr, std::string("gpu07"));
        QCOMPARE(env.masterPort, 20000 + 123456 % 20000); // derived from the job id
        const auto explicitMaster = DistributedEnvironment::detect(
            DistributedMode::Auto, variables(with(kSlurm, {{"MASTER_ADDR", "head"}, {"MASTER_PORT", "1234"}})));
        QCOMPARE(explicitMaster.masterAddr, std::string("head"));
        QCOMPARE(explicitMaster.masterPort, 1234);
    }

    void offIgnoresEveryVariable() {
        QVERIFY(!DistributedEnvironment::detect(DistributedMode::Off, variables(kTorchrun)).enabled);
        QVERIFY(!DistributedEnvironment::detect(DistributedMode::Off, variables(with(kSlurm, {{"SLURM_NTASKS", "x"}}))).enabled);
        QVERIFY(DistributedEnvironment::parseMode("auto") == DistributedMode::Auto);
        QVERIFY(DistributedEnvironment::parseMode("off") == DistributedMode::Off);
        QVERIFY_EXCEPTION_THROWN(DistributedEnvironment::parseMode("on"), InputError);
    }

    void worldSizeOneNeedsNoProcessGroup() {
        QVERIFY(!DistributedEnvironment::detect(DistributedMode::Auto,
                                                variables({{"WORLD_SIZE", "1"}, {"RANK", "0"}, {"LOCAL_RANK", "0"}}))
                     .enabled);
        QVERIFY(!DistributedEnvironment::detect(
                     DistributedMode::Auto, variables({{"SLURM_PROCID", "0"}, {"SLURM_NTASKS", "1"}, {"SLURM_LOCALID", "0"}}))
                     .enabled);
    }

    void missingVariablesAreNamed() {
        QVERIFY(refusal(without(kTorchrun, "RANK")).contains("RANK is not set"));
        QVERIFY(refusal(without(kTorchrun, "WORLD_SIZE")).contains("WORLD_SIZE is not set"));
        QVERIFY(refusal(without(kTorchrun, "MASTER_ADDR")).contains("MASTER_ADDR is not set"));
        QVERIFY(refusal(without(kTorchrun, "MASTER_PORT")).contains("MASTER_PORT is not set"));
        QVERIFY(refusal(without(kTorchrun, "LOCAL_RANK")).contains("LOCAL_RANK is not set"));
        QVERIFY(refusal(without(kSlurm, "SLURM_NTASKS")).contains("SLURM_NTASKS is not set"));
        QVERIFY(refusal(without(kSlurm, "SLURM_LOCALID")).contains("SLURM_LOCALID is not set"));
        QVERIFY(refusal(without(kSlurm, "SLURM_JOB_NODELIST")).contains("SLURM_JOB_NODELIST"));
    }

    void badAndContradictoryValuesAreRefused() {
        QVERIFY(refusal(with(kTorchrun, {{"RANK", "4"}})).contains("RANK=4 is outside 0..3"));
        QVERIFY(refusal(with(kTorchrun, {{"RANK", "-1"}})).contains("RANK=-1"));
        QVERIFY(refusal(with(kTorchrun, {{"WORLD_SIZE", "two"}})).contains("WORLD_SIZE='two' is not a whole number"));
        QVERIFY(refusal(with(kTorchrun, {{"MASTER_PORT", "70000"}})).contains("MASTER_PORT=70000"));
        QVERIFY(refusal(with(kTorchrun, {{"LOCAL_RANK", "4"}})).contains("LOCAL_RANK=4"));
        QVERIFY(refusal(with(kSlurm, {{"SLURM_PROCID", "8"}})).contains("SLURM_PROCID=8 is outside 0..7"));
        QVERIFY(refusal(with(kSlurm, {{"SLURM_JOB_NODELIST", "gpu[3-1]"}})).contains("runs backwards"));
        QVERIFY(refusal(with(kTorchrun, {{"CROSSSEG_DIST_TIMEOUT", "0"}})).contains("CROSSSEG_DIST_TIMEOUT"));
        // Both conventions numbering the same processes (WORLD_SIZE == SLURM_NTASKS) must agree...
        auto both = with(kTorchrun, {{"SLURM_PROCID", "2"}, {"SLURM_NTASKS", "4"}, {"SLURM_LOCALID", "1"}});
        QVERIFY(refusal(both).contains("RANK=3 contradicts SLURM_PROCID=2"));
        QVERIFY(refusal(with(both, {{"SLURM_PROCID", "3"}, {"SLURM_LOCALID", "0"}})).contains("LOCAL_RANK=1 contradicts SLURM_LOCALID=0"));
        QVERIFY(refusal(with(both, {{"SLURM_PROCID", "3"}})).isEmpty());
        // ...while torchrun started by srun once per node numbers other processes: torchrun's win.
        const auto perNode = DistributedEnvironment::detect(
            DistributedMode::Auto, variables(with(kTorchrun, {{"SLURM_PROCID", "1"}, {"SLURM_NTASKS", "2"}})));
        QCOMPARE(perNode.rank, 3);
        QCOMPARE(perNode.launcher, std::string("torchrun"));
    }

    void timeoutComesFromTheEnvironment() {
        QCOMPARE(DistributedEnvironment::detect(DistributedMode::Auto, variables({})).timeout.count(), 600L);
        QCOMPARE(DistributedEnvironment::detect(DistributedMode::Auto, variables(with(kTorchrun, {{"CROSSSEG_DIST_TIMEOUT", "7"}})))
                     .timeout.count(),
                 7L);
    }

    void slurmHostListsExpand() {
        QCOMPARE(SlurmNodeList::expand("node07"), std::vector<std::string>{"node07"});
        QCOMPARE(SlurmNodeList::expand("node[01-04,07]"),
                 (std::vector<std::string>{"node01", "node02", "node03", "node04", "node07"}));
        QCOMPARE(SlurmNodeList::expand("a[9-11]-ib,login1"),
                 (std::vector<std::string>{"a9-ib", "a10-ib", "a11-ib", "login1"}));
        QCOMPARE(SlurmNodeList::expand("r[1-2]n[08-09]"),
                 (std::vector<std::string>{"r1n08", "r1n09", "r2n08", "r2n09"}));
        QCOMPARE(SlurmNodeList::first("node[01-04,07],other"), std::string("node01"));
        QCOMPARE(SlurmNodeList::first("x,node[1-2]"), std::string("x"));
        for (const char* bad : {"", "node[01-04", "node]1[", "node[a-b]", "a,,b", "n[[1]]"})
            QVERIFY_EXCEPTION_THROWN(SlurmNodeList::expand(bad), InputError);
    }

    void batchSeedsDependOnSeedAndRankOnly() {
        QCOMPARE(DataShard::loaderSeed(7, 0), std::uint64_t(7)); // rank 0 = the single-process run's batches
        QVERIFY(DataShard::loaderSeed(7, 1) != DataShard::loaderSeed(7, 0));
        QVERIFY(DataShard::loaderSeed(7, 1) != DataShard::loaderSeed(7, 2));
        QVERIFY(DataShard::loaderSeed(7, 1) != DataShard::loaderSeed(8, 1));
        QCOMPARE(DataShard::loaderSeed(7, 3), DataShard::loaderSeed(7, 3));
    }

    void backendFollowsTheDevice() {
        QCOMPARE(DistributedSession::backendFor(torch::Device(torch::kCPU)), std::string("gloo"));
        QVERIFY(QString::fromStdString(DistributedSession::availableBackends()).contains("gloo"));
        // Debian's LibTorch has no NCCL: asking for CUDA ranks says so and what to do.
        if (QString::fromStdString(DistributedSession::availableBackends()).contains("nccl"))
            QSKIP("this LibTorch has NCCL: the missing-backend message cannot be shown here");
        try {
            DistributedSession::backendFor(torch::Device(torch::kCUDA, 0));
            QFAIL("CUDA without NCCL accepted");
        } catch (const InputError& e) {
            QVERIFY(QString(e.what()).contains("needs NCCL"));
            QVERIFY(QString(e.what()).contains("--device cpu"));
        }
    }

    void singleProcessSessionIsTheNoOp() {
        auto sync = DistributedSession::open(DistributedEnvironment{}, torch::Device(torch::kCPU));
        QCOMPARE(sync->worldSize(), 1);
        QVERIFY(sync->isRankZero());
        QCOMPARE(sync->backend(), std::string("none"));
        torch::nn::Linear layer(2, 2);
        for (auto& p : layer->parameters()) p.mutable_grad() = torch::full_like(p, 3.0);
        sync->averageGradients(*layer);
        QCOMPARE(layer->weight.grad()[0][0].item<double>(), 3.0);
        QVERIFY(sync->anyRank(true));
        QVERIFY(!sync->anyRank(false));
    }
};

int runDistributedEnvironmentTests(int argc, char** argv) {
    DistributedEnvironmentTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "DistributedEnvironmentTest.moc"
