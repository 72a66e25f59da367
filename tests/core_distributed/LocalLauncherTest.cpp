// `--nproc N`: N workers with torchrun's variables, the first failure propagated, signals forwarded.
#include "core/distributed/LocalLauncher.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <chrono>
#include <csignal>
#include <fstream>
#include <future>
#include <thread>
#include <unistd.h>

using namespace crossseg;

namespace {

LocalLauncher::Plan planFor(const QString& folder, int processes) {
    LocalLauncher::Plan plan;
    plan.executable = QCoreApplication::applicationFilePath().toStdString();
    plan.arguments = {plan.executable, "--worker", "launched", folder.toStdString()};
    plan.processes = processes;
    plan.grace = std::chrono::seconds(20);
    return plan;
}

bool waitForFiles(const QString& folder, const QString& prefix, int count, int milliseconds) {
    for (int waited = 0; waited < milliseconds; waited += 20) {
        int found = 0;
        for (int rank = 0; rank < count; ++rank)
            found += QFile::exists(folder + "/" + prefix + QString::number(rank)) ? 1 : 0;
        if (found == count) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

} // namespace

class LocalLauncherTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void removesTheLauncherOptionFromTheWorkersCommand() {
        const std::vector<std::string> args{"crossseg", "train", "--nproc", "4", "--out", "r", "--nproc=2", "--seed", "1"};
        QCOMPARE(LocalLauncher::withoutOption(args, "--nproc"),
                 (std::vector<std::string>{"crossseg", "train", "--out", "r", "--seed", "1"}));
        QVERIFY(!LocalLauncher::currentArguments().empty());
        QCOMPARE(QString::fromStdString(LocalLauncher::currentExecutable()), QCoreApplication::applicationFilePath());
        const int port = LocalLauncher::freePort();
        QVERIFY(port > 0 && port < 65536);
    }

    void workersGetTorchrunVariablesAndSuccessIsZero() {
        QTemporaryDir dir;
        qputenv("WORKER_EXIT_0", "0");
        qputenv("WORKER_EXIT_1", "0");
        qputenv("WORKER_EXIT_2", "0");
        qputenv("SLURM_PROCID", "5"); // a Slurm allocation around --nproc must not leak into the workers
        const int status = LocalLauncher::run(planFor(dir.path(), 3));
        qunsetenv("SLURM_PROCID");
        QCOMPARE(status, 0);
        for (int rank = 0; rank < 3; ++rank) {
            std::ifstream in((dir.path() + "/started-" + QString::number(rank)).toStdString());
            int world = 0, port = 0;
            std::string slurm;
            in >> world >> port >> slurm;
            QCOMPARE(world, 3);
            QVERIFY(port > 0);
            QCOMPARE(slurm, std::string("none"));
        }
    }

    void theFirstFailureIsPropagatedAndTheOthersAreStopped() {
        QTemporaryDir dir;
        qunsetenv("WORKER_EXIT_0"); // rank 0 waits for a signal
        qputenv("WORKER_EXIT_1", "7");
        const auto started = std::chrono::steady_clock::now();
        const int status = LocalLauncher::run(planFor(dir.path(), 2));
        qunsetenv("WORKER_EXIT_1");
        QCOMPARE(status, 7);
        QVERIFY(QFile::exists(dir.path() + "/terminated-0")); // rank 0 got SIGTERM and could clean up
        QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(15));
    }

    void sigtermIsForwardedToEveryWorker() {
        QTemporaryDir dir;
        qunsetenv("WORKER_EXIT_0");
        qunsetenv("WORKER_EXIT_1");
        auto result = std::async(std::launch::async, [&] { return LocalLauncher::run(planFor(dir.path(), 2)); });
        QVERIFY(waitForFiles(dir.path(), "started-", 2, 20000)); // the launcher's handlers are installed by now
        ::kill(::getpid(), SIGTERM);
        QVERIFY(result.wait_for(std::chrono::seconds(30)) == std::future_status::ready);
        QCOMPARE(result.get(), 130); // the workers' own status (cancelled), not a kill
        QVERIFY(waitForFiles(dir.path(), "terminated-", 2, 1000));
    }
};

int runLocalLauncherTests(int argc, char** argv) {
    LocalLauncherTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "LocalLauncherTest.moc"
