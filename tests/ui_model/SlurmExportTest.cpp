// The wizard's training as a Slurm job: what the export fills in from the configuration.
#include "ui/model/SlurmExport.h"
#include "core/learn/Method.h"
#include "core/learn/TrainingProfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace crossseg;
using namespace crossseg::ui;

class SlurmExportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theConfigurationFillsTheJob() {
        TrainingConfig config;
        config.method = Method::TargetOnly;
        config.labeledTarget = 3;
        config.profile = "demo";
        config.seed = 11;
        config.runDir = "/home/me/runs/target-only_k3_seed11_demo";
        const SlurmJobSettings settings = SlurmExport::settingsFor(config, "/data/abdomen/dataset.json");
        QCOMPARE(settings.method, std::string("target-only"));
        QCOMPARE(settings.labeledTarget, 3);
        QCOMPARE(settings.seed, std::uint64_t(11));
        QCOMPARE(settings.sliceSize, TrainingProfile::named("demo").height); // the cache the profile trains on
        QCOMPARE(settings.jobName, std::string("target-only_k3_seed11_demo"));
        QCOMPARE(settings.dataset, std::string("/data/abdomen/dataset.json"));
        config.profile = "no-such-profile";
        QVERIFY_THROWS_EXCEPTION(std::exception, SlurmExport::settingsFor(config, "/data"));
    }

    void theScriptIsWrittenWhole() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("job.sbatch").toStdString();
        TrainingConfig config;
        config.profile = "smoke";
        SlurmJobSettings settings = SlurmExport::settingsFor(config, "/data");
        settings.nodes = 3;
        SlurmExport::write(settings, file);
        std::ifstream in(file);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QCOMPARE(text, SlurmJobScript::render(settings));
        QVERIFY(text.find("#SBATCH --nodes=3") != std::string::npos);
    }
};

int runSlurmExportTest(int argc, char** argv) {
    SlurmExportTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "SlurmExportTest.moc"
