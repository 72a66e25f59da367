// The c10d process group across real processes on 127.0.0.1: all-reduce under torchrun's and Slurm's
// variables, equivalence of 2 ranks with 1 process seeing both shards, a dead or frozen rank, a taken port and a
// rank that never joins.
#include "DistributedTestSupport.h"
#include "WorkerModes.h"

#include "core/distributed/ProcessGroupGradientSync.h"
#include "core/util/InputError.h"

#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace crossseg;
using namespace crossseg::test;

namespace {

// Runs `world` workers of `mode` with the variables `variables(rank, world, port, timeout)` gives; all must succeed.
template <class Variables>
void runAll(const QStringList& mode, int world, Variables variables, int timeoutSeconds = 60) {
    const int port = LocalLauncher::freePort();
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int rank = 0; rank < world; ++rank) workers.push_back(startWorker(mode, variables(rank, world, port, timeoutSeconds)));
    for (auto& worker : workers) {
        QVERIFY(worker->waitForFinished(120000));
        const QString output = outputOf(*worker);
        QVERIFY2(worker->exitStatus() == QProcess::NormalExit && worker->exitCode() == 0, qPrintable(output));
    }
}

bool waitForReady(QProcess& process, int milliseconds) {
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (timer.elapsed() < milliseconds) {
        process.waitForReadyRead(200);
        seen += process.readAllStandardOutput();
        if (seen.contains("ready")) return true;
        if (process.state() == QProcess::NotRunning) return false;
    }
    return false;
}

DistributedEnvironment loopback(int rank, int world, int port, int timeoutSeconds) {
    DistributedEnvironment env;
    env.enabled = true;
    env.launcher = "torchrun";
    env.rank = rank;
    env.worldSize = world;
    env.masterAddr = "127.0.0.1";
    env.masterPort = port;
    env.timeout = std::chrono::seconds(timeoutSeconds);
    return env;
}

// How rank 0 ends when rank 1 is killed (SIGKILL) or frozen (SIGSTOP) in the middle of the all-reduces.
void peerFailure(int signal, qint64& seconds, QString& output, int& exitCode) {
    const int port = LocalLauncher::freePort();
    auto rank0 = startWorker({"loop"}, torchrunVariables(0, 2, port, 5));
    auto rank1 = startWorker({"loop"}, torchrunVariables(1, 2, port, 5));
    QVERIFY(waitForReady(*rank0, 60000));
    QVERIFY(waitForReady(*rank1, 60000));
    ::kill(pid_t(rank1->processId()), signal);
    QElapsedTimer timer;
    timer.start();
    const bool ended = rank0->waitForFinished(120000);
    seconds = timer.elapsed() / 1000;
    output = outputOf(*rank0);
    exitCode = rank0->exitStatus() == QProcess::NormalExit ? rank0->exitCode() : -1;
    ::kill(pid_t(rank1->processId()), SIGKILL);
    rank1->waitForFinished(10000);
    if (!ended) rank0->kill();
    QVERIFY2(ended, "rank 0 still runs 120 s after its peer failed");
}

} // namespace

class ProcessGroupTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoProcessesAllReduceWithTorchrunVariables() { runAll({"allreduce"}, 2, torchrunVariables); }

    void twoProcessesAllReduceWithSlurmVariables() { runAll({"allreduce"}, 2, slurmVariables); }

    void twoProcessesJoinAStoreTheLauncherHosts() {
        // What torchrun's elastic agent does: it listens at MASTER_PORT itself and tells the workers so.
        const int port = LocalLauncher::freePort();
        c10d::TCPStoreOptions options;
        options.port = std::uint16_t(port);
        options.isServer = true;
        options.waitWorkers = false;
        auto agentStore = c10::make_intrusive<c10d::TCPStore>("127.0.0.1", options);
        runAll({"allreduce"}, 2, [port](int rank, int world, int, int timeout) {
            QProcessEnvironment env = torchrunVariables(rank, world, port, timeout);
            env.insert("TORCHELASTIC_USE_AGENT_STORE", "True");
            env.insert("TORCHELASTIC_RESTART_COUNT", "1");
            return env;
        });
    }

    void threeProcessesAllReduce() { runAll({"allreduce"}, 3, torchrunVariables); }

    void twoRanksEqualOneProcessSeeingBothShards() {
        QTemporaryDir dir;
        const int steps = 12;
        runAll({"equivalence", dir.path(), QString::number(steps)}, 2, torchrunVariables);
        std::vector<torch::Tensor> rank0, rank1;
        torch::load(rank0, (dir.path() + "/rank0.pt").toStdString());
        torch::load(rank1, (dir.path() + "/rank1.pt").toStdString());
        // The reference: one process, both shards in one batch, rank 0's initialisation.
        GradientSync& single = GradientSync::singleProcess();
        const auto reference = trainTinyNetwork(single, {0, 1}, steps, 42, 1000);
        const auto shardZeroOnly = trainTinyNetwork(single, {0}, steps, 42, 1000);
        QCOMPARE(rank0.size(), reference.size());
        double worst = 0.0, ranksApart = 0.0, fromShardZero = 0.0;
        for (std::size_t i = 0; i < reference.size(); ++i) {
            worst = std::max(worst, (rank0[i] - reference[i]).abs().max().item<double>());
            ranksApart = std::max(ranksApart, (rank0[i] - rank1[i]).abs().max().item<double>());
            fromShardZero = std::max(fromShardZero, (shardZeroOnly[i] - reference[i]).abs().max().item<double>());
        }
        QVERIFY2(worst < 1e-5, qPrintable(QString("2 ranks differ from 1 process by %1").arg(worst)));
        QVERIFY2(ranksApart == 0.0, qPrintable(QString("the ranks' copies differ by %1").arg(ranksApart)));
        // The comparison can fail: one shard alone trains to other weights.
        QVERIFY2(fromShardZero > 1e-3, qPrintable(QString("shard 0 alone differs by only %1").arg(fromShardZero)));
    }

    void aKilledRankMakesTheOtherExitNonZero() {
        qint64 seconds = 0;
        QString output;
        int exitCode = 0;
        peerFailure(SIGKILL, seconds, output, exitCode);
        QVERIFY2(exitCode != 0, qPrintable(output));
        QVERIFY(seconds < 120);
        QVERIFY2(output.contains("rank 0 of 2") && output.contains("failed"), qPrintable(output));
    }

    void aFrozenRankMakesTheOtherExitWhenTheTimeoutEnds() {
        qint64 seconds = 0;
        QString output;
        int exitCode = 0;
        peerFailure(SIGSTOP, seconds, output, exitCode);
        QVERIFY2(exitCode != 0, qPrintable(output));
        QVERIFY2(seconds <= 5 + 30 + 5, qPrintable(QString("took %1 s with a 5 s timeout").arg(seconds)));
        QVERIFY2(output.contains("rank 0 of 2"), qPrintable(output));
    }

    void aPortInUseIsReportedClearly() {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_ANY);
        address.sin_port = 0;
        socklen_t length = sizeof address;
        QVERIFY(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::listen(s, 1) == 0);
        QVERIFY(::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        const int port = ntohs(address.sin_port);
        QString message;
        try {
            ProcessGroupGradientSync sync(loopback(0, 2, port, 5), "gloo", torch::Device(torch::kCPU));
        } catch (const InputError& e) {
            message = e.what();
        }
        ::close(s);
        QVERIFY2(message.contains("already in use") && message.contains(QString::number(port)), qPrintable(message));
    }

    void aRankThatNeverJoinsIsReportedClearly() {
        QElapsedTimer timer;
        timer.start();
        QString message;
        try {
            ProcessGroupGradientSync sync(loopback(0, 2, LocalLauncher::freePort(), 2), "gloo", torch::Device(torch::kCPU));
        } catch (const std::runtime_error& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("only 1 of 2 ranks joined"), qPrintable(message));
        QVERIFY(timer.elapsed() < 30000);
    }

    void aMissingRankZeroIsReportedClearly() {
        QString message;
        try {
            ProcessGroupGradientSync sync(loopback(1, 2, LocalLauncher::freePort(), 2), "gloo", torch::Device(torch::kCPU));
        } catch (const std::runtime_error& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("rank 1 of 2") && message.contains("127.0.0.1"), qPrintable(message));
    }
};

int runProcessGroupTests(int argc, char** argv) {
    ProcessGroupTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ProcessGroupTest.moc"
