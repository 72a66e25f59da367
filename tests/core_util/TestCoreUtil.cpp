#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <QtTest/QtTest>

#include <fstream>
#include <thread>

using namespace crossseg;

class TestCoreUtil : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void atomicWriteReplacesContentAndLeavesNoTemporary() {
        QTemporaryDir dir;
        const std::filesystem::path target = std::filesystem::path(dir.path().toStdString()) / "a.nii.gz";
        AtomicFile::writeText(target, "first");
        AtomicFile::writeText(target, "second");
        std::ifstream in(target);
        std::string content((std::istreambuf_iterator<char>(in)), {});
        QCOMPARE(QString::fromStdString(content), QString("second"));
        int files = 0;
        for (auto& e : std::filesystem::directory_iterator(target.parent_path())) { (void)e; ++files; }
        QCOMPARE(files, 1);
    }

    void failedWriteKeepsPreviousFile() {
        QTemporaryDir dir;
        const std::filesystem::path target = std::filesystem::path(dir.path().toStdString()) / "keep.txt";
        AtomicFile::writeText(target, "precious");
        bool threw = false;
        try {
            AtomicFile::write(target, [](const std::filesystem::path& tmp) {
                std::ofstream(tmp) << "half";
                throw InputError(tmp, "simulated failure");
            });
        } catch (const InputError&) {
            threw = true;
        }
        QVERIFY(threw);
        std::ifstream in(target);
        std::string content((std::istreambuf_iterator<char>(in)), {});
        QCOMPARE(QString::fromStdString(content), QString("precious"));
        int files = 0;
        for (auto& e : std::filesystem::directory_iterator(target.parent_path())) { (void)e; ++files; }
        QCOMPARE(files, 1);
    }

    void temporaryNameKeepsDoubleExtension() {
        const auto tmp = AtomicFile::temporaryPathFor("/x/case.nii.gz");
        QVERIFY(QString::fromStdString(tmp.filename().string()).endsWith(".nii.gz"));
        QVERIFY(tmp.filename() != "case.nii.gz");
    }

    void pauseBlocksUntilResumeAndCancelThrows() {
        TaskControl control;
        control.requestPause();
        std::atomic<bool> passed{false};
        std::thread worker([&] {
            control.checkpoint();
            passed = true;
        });
        QTest::qWait(50);
        QVERIFY(!passed.load());
        control.resume();
        worker.join();
        QVERIFY(passed.load());
        control.requestCancel();
        QVERIFY_THROWS_EXCEPTION(TaskCancelled, control.checkpoint());
    }
};

QTEST_GUILESS_MAIN(TestCoreUtil)
#include "TestCoreUtil.moc"
