// The run-folder lock: a second training on a folder that a live process writes is refused; a lock left by a
// dead process is taken over with a warning; the lock disappears with its holder.
#include "core/distributed/RunFolderLock.h"
#include "core/util/InputError.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace crossseg;

namespace {
std::string hostName() {
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    return name;
}
} // namespace

class RunFolderLockTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsThePidAndHostAndIsRemovedAfterwards() {
        QTemporaryDir dir;
        const std::filesystem::path run = std::filesystem::path(dir.path().toStdString()) / "run";
        {
            RunFolderLock lock(run);
            const auto holder = RunFolderLock::read(lock.file());
            QVERIFY(holder.has_value());
            QCOMPARE(holder->pid, long(::getpid()));
            QCOMPARE(holder->host, hostName());
            QVERIFY(!holder->started.empty());
            QVERIFY(lock.takeoverWarning().empty());
        }
        QVERIFY(!std::filesystem::exists(RunFolderLock::fileFor(run)));
        RunFolderLock again(run); // free again
    }

    void aSecondWriterIsRefusedNamingTheFirst() {
        QTemporaryDir dir;
        const std::filesystem::path run = dir.path().toStdString();
        RunFolderLock first(run);
        try {
            RunFolderLock second(run);
            QFAIL("a second lock on the same folder was granted");
        } catch (const InputError& e) {
            const QString message = e.what();
            QVERIFY2(message.contains("another training is writing this run folder"), qPrintable(message));
            QVERIFY(message.contains(QString("PID %1").arg(::getpid())));
            QVERIFY(message.contains(QString::fromStdString(hostName())));
            QVERIFY(message.contains("run.lock"));
        }
    }

    void anotherLiveProcessHoldingTheLockRefusesUs() {
        QTemporaryDir dir;
        const std::filesystem::path run = dir.path().toStdString();
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            RunFolderLock lock(run);
            (void)!::write(ready[1], "x", 1);
            ::sleep(30);
            ::_exit(0);
        }
        char c;
        QVERIFY(::read(ready[0], &c, 1) == 1);
        bool refused = false;
        try {
            RunFolderLock second(run);
        } catch (const InputError& e) {
            refused = QString(e.what()).contains(QString("PID %1").arg(child));
        }
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        QVERIFY(refused);
        // Its holder killed outright: the lock is stale and taken over, with a warning naming the dead PID.
        RunFolderLock after(run);
        QVERIFY(QString::fromStdString(after.takeoverWarning()).contains(QString("PID %1").arg(child)));
    }

    void aStaleLockFromADeadPidIsTakenOverWithAWarning() {
        QTemporaryDir dir;
        const std::filesystem::path run = dir.path().toStdString();
        const pid_t child = ::fork();
        if (child == 0) ::_exit(0);
        ::waitpid(child, nullptr, 0); // now certainly dead
        std::ofstream(RunFolderLock::fileFor(run))
            << "{\"pid\": " << child << ", \"host\": \"" << hostName() << "\", \"started\": \"2026-01-01T00:00:00Z\"}\n";
        RunFolderLock lock(run);
        const QString warning = QString::fromStdString(lock.takeoverWarning());
        QVERIFY2(warning.contains("stale lock"), qPrintable(warning));
        QVERIFY(warning.contains(QString("PID %1").arg(child)));
        QCOMPARE(RunFolderLock::read(lock.file())->pid, long(::getpid()));
    }

    void aLockRecordingALiveProcessIsNotTakenOver() {
        // A file system whose flock() does not lock: the record of a live process on this host still protects.
        QTemporaryDir dir;
        const std::filesystem::path run = dir.path().toStdString();
        const pid_t child = ::fork();
        if (child == 0) {
            ::sleep(30);
            ::_exit(0);
        }
        std::ofstream(RunFolderLock::fileFor(run)) << "{\"pid\": " << child << ", \"host\": \"" << hostName() << "\"}\n";
        bool refused = false;
        try {
            RunFolderLock lock(run);
        } catch (const InputError& e) {
            refused = QString(e.what()).contains("still running");
        }
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(refused);
    }
};

int runRunFolderLockTests(int argc, char** argv) {
    RunFolderLockTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "RunFolderLockTest.moc"
