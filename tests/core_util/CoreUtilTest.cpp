#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#include "core/util/UserDataPaths.h"

#include <QtTest/QtTest>

#include <fstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace crossseg;

namespace {

struct Received {
    std::vector<std::pair<log::Level, std::string>> messages;
};

void collect(log::Level level, const std::string& message, void* context) {
    static_cast<Received*>(context)->messages.emplace_back(level, message);
}

QString text(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

std::string contentOf(const std::filesystem::path& file) {
    std::ifstream in(file);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

// Sets an environment variable for one scope and restores what was there.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const QByteArray& value)
        : name_(name), had_(qEnvironmentVariableIsSet(name)), previous_(qgetenv(name)) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment() {
        if (had_)
            qputenv(name_, previous_);
        else
            qunsetenv(name_);
    }

private:
    const char* name_;
    bool had_;
    QByteArray previous_;
};

} // namespace

class CoreUtilTest : public QObject {
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

    void everyLogMessageReachesListenersUntilTheyAreRemoved() {
        Received received;
        log::addListener(&collect, &received);
        log::debug("d-message");
        log::info("i-message");
        log::warn("w-message");
        log::error("e-message");
        log::removeListener(&collect, &received);
        log::info("after removal");
        QCOMPARE(received.messages.size(), std::size_t(4));
        QCOMPARE(int(received.messages[0].first), int(log::Level::Debug));
        QCOMPARE(int(received.messages[2].first), int(log::Level::Warning));
        QCOMPARE(QString::fromStdString(received.messages[3].second), QString("e-message"));
    }

    void setupWritesTheLogFileWhereAskedAndSetsTheConsoleLevel() {
#ifndef CROSSSEG_HAVE_SPDLOG
        QSKIP("built without spdlog: messages go to stderr only, there is no log file");
#endif
        QTemporaryDir dir;
        const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "logs" / "test.log";
        log::LogOptions options;
        options.consoleLevel = log::Level::Error;
        options.logFile = file;
        log::setup(options);
        log::info("written to the file");
        log::warn("warnings flush the file");
        QCOMPARE(int(log::consoleLevel()), int(log::Level::Error));
        QCOMPARE(QString::fromStdString(log::currentLogFile().string()), QString::fromStdString(file.string()));
        const std::string written = contentOf(file);
        QVERIFY2(written.find("written to the file") != std::string::npos, written.c_str());
        log::LogOptions quiet;
        quiet.logToFile = false;
        log::setup(quiet);
        QVERIFY(log::currentLogFile().empty());
    }

    void userFoldersFollowTheXdgVariablesAndAreCreated() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        {
            ScopedEnvironment data("XDG_DATA_HOME", QByteArray::fromStdString((root / "data").string()));
            ScopedEnvironment cache("XDG_CACHE_HOME", QByteArray::fromStdString((root / "cache").string()));
            QCOMPARE(text(UserDataPaths::dataDirectory()), text(root / "data" / "crossseg"));
            QCOMPARE(text(UserDataPaths::cacheDirectory()), text(root / "cache" / "crossseg"));
            QVERIFY(std::filesystem::is_directory(root / "data" / "crossseg"));
            QVERIFY(std::filesystem::is_directory(root / "cache" / "crossseg"));
        }
        {
            // Without the variables: below HOME, where the XDG convention puts them.
            ScopedEnvironment data("XDG_DATA_HOME", QByteArray());
            ScopedEnvironment cache("XDG_CACHE_HOME", QByteArray());
            ScopedEnvironment home("HOME", QByteArray::fromStdString((root / "home").string()));
            QCOMPARE(text(UserDataPaths::dataDirectory()), text(root / "home" / ".local" / "share" / "crossseg"));
            QCOMPARE(text(UserDataPaths::cacheDirectory()), text(root / "home" / ".cache" / "crossseg"));
        }
    }
};

QTEST_GUILESS_MAIN(CoreUtilTest)
#include "CoreUtilTest.moc"
