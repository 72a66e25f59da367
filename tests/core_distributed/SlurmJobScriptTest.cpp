// The sbatch script for a configured training (the Studio's export, packaging/slurm/crossseg-train.sbatch).
#include "core/distributed/SlurmJobScript.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>
#include <sstream>

using namespace crossseg;

namespace {
// bash -n: the script parses.
bool parsesInBash(const std::string& script, QString& errors) {
    QProcess bash;
    bash.start("bash", {"-n"});
    bash.waitForStarted();
    bash.write(QByteArray::fromStdString(script));
    bash.closeWriteChannel();
    bash.waitForFinished(10000);
    errors = QString::fromUtf8(bash.readAllStandardError());
    return bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0;
}
} // namespace

class SlurmJobScriptTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneTaskPerGpuStartedBySrunOnTheSharedCache() {
        SlurmJobSettings s;
        s.nodes = 2;
        s.gpusPerNode = 8;
        s.partition = "gpu";
        s.sliceCache = "/lustre/caches/abc123";
        s.runFolder = "/lustre/runs/paper-k4";
        s.iterations = 5000;
        const QString script = QString::fromStdString(SlurmJobScript::render(s));
        QVERIFY(script.startsWith("#!/bin/bash\n"));
        QVERIFY(script.contains("#SBATCH --nodes=2\n"));
        QVERIFY(script.contains("#SBATCH --ntasks-per-node=8\n"));
        QVERIFY(script.contains("#SBATCH --gpus-per-node=8\n"));
        QVERIFY(script.contains("#SBATCH --partition=gpu\n"));
        QVERIFY(!script.contains("--account"));
        QVERIFY(script.contains("#SBATCH --signal=TERM@300")); // rank 0 checkpoints before the time limit
        QVERIFY(script.contains("CACHE=/lustre/caches/abc123\n"));
        QVERIFY(script.contains("srun --kill-on-bad-exit=1 \"$CROSSSEG\" train --dataset \"$CACHE\""));
        QVERIFY(script.contains("--iterations 5000"));
        QVERIFY(script.contains("--device cuda --distributed auto"));
        QString errors;
        QVERIFY2(parsesInBash(script.toStdString(), errors), qPrintable(errors));
    }

    void awkwardPathsStayOneWord() {
        SlurmJobSettings s;
        s.runFolder = "/shared/my runs/it's here";
        s.dataset = "/data/with space";
        QCOMPARE(SlurmJobScript::shellWord("/plain/path-1.2"), std::string("/plain/path-1.2"));
        QCOMPARE(SlurmJobScript::shellWord("/runs/$SLURM_JOB_NAME"), std::string("\"/runs/$SLURM_JOB_NAME\""));
        QCOMPARE(SlurmJobScript::shellWord("a b"), std::string("'a b'"));
        QCOMPARE(SlurmJobScript::shellWord("it's"), std::string("'it'\\''s'"));
        const std::string script = SlurmJobScript::render(s);
        QString errors;
        QVERIFY2(parsesInBash(script, errors), qPrintable(errors));
        QVERIFY(QString::fromStdString(script).contains("RUN='/shared/my runs/it'\\''s here'"));
        QCOMPARE(SlurmJobScript::cachePreparationCommand(s),
                 std::string("crossseg preprocess --dataset '/data/with space' --size 256 --cache-dir /shared/crossseg/caches"));
    }

    void thePackagedScriptIsTheRenderedDefault() {
        std::ifstream in(std::string(CROSSSEG_SOURCE_DIR) + "/packaging/slurm/crossseg-train.sbatch");
        QVERIFY2(in.good(), "packaging/slurm/crossseg-train.sbatch is missing");
        std::stringstream packaged;
        packaged << in.rdbuf();
        QCOMPARE(QString::fromStdString(packaged.str()), QString::fromStdString(SlurmJobScript::render({})));
    }
};

int runSlurmJobScriptTests(int argc, char** argv) {
    SlurmJobScriptTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "SlurmJobScriptTest.moc"
