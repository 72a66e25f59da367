// End-to-end tests of the `crossseg` executable: a demo dataset is generated once, then inspected, trained on
// (smoke profile), predicted and evaluated through the real command line, as a user or a script would.
#include "TestData.h"

#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

namespace fs = std::filesystem;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out, err;
    QString both() const { return out + err; }
};

CliResult runCli(const QStringList& arguments, int timeoutMs = 10 * 60 * 1000) {
    QProcess process;
    process.setProgram(QString::fromStdString(crossseg::test::cliExecutable()));
    process.setArguments(arguments);
    process.start();
    CliResult r;
    if (!process.waitForStarted()) {
        r.err = "could not start " + process.program();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = "timed out: crossseg " + arguments.join(' ');
    } else {
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err += QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString describe(const CliResult& r) {
    return QString("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(r.exitCode).arg(r.out.right(3000), r.err.right(3000));
}

QStringList nonEmptyLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split('\n'))
        if (!line.trimmed().isEmpty()) lines << line;
    return lines;
}

// Every string value anywhere in a JSON document.
void collectStrings(const nlohmann::json& json, std::set<std::string>& out) {
    if (json.is_string()) out.insert(json.get<std::string>());
    if (json.is_structured())
        for (const auto& item : json) collectStrings(item, out);
    if (json.is_object())
        for (auto it = json.begin(); it != json.end(); ++it) out.insert(it.key());
}

nlohmann::json readJson(const fs::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir scratch_;
    fs::path dataset_;
    fs::path trainedRun_;
    std::vector<std::string> caseIds_, testImages_;

    fs::path scratch() const { return fs::path(scratch_.path().toStdString()); }

    // The fields of `crossseg evaluate`'s JSON that other tools read, for every model and test case.
    void checkModels(const nlohmann::json& json, const std::vector<std::string>& expected) const {
        const double meanDice = json.at("mean_dice").get<double>();
        QVERIFY(meanDice >= 0.0 && meanDice <= 1.0);
        const auto& models = json.at("models");
        QCOMPARE(models.size(), expected.size());
        for (const auto& model : expected) {
            QVERIFY2(models.contains(model), model.c_str());
            const auto& m = models.at(model);
            for (const char* key : {"mean_dice", "mean_hd95_mm", "mean_assd_mm", "per_class", "per_case"})
                QVERIFY2(m.contains(key), key);
            QCOMPARE(m.at("per_case").size(), testImages_.size());
            QCOMPARE(m.at("per_class").size(), std::size_t(7)); // the seven MM-WHS structures
            for (const auto& [name, perClass] : m.at("per_class").items())
                for (const char* key : {"dice", "hd95_mm", "assd_mm"}) QVERIFY2(perClass.contains(key), name.c_str());
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        const CliResult info = runCli({"info"});
        QVERIFY2(info.exitCode == 0, qPrintable(describe(info)));
        if (info.out.contains("ITK data layer: no")) QSKIP("engine-only build: no data commands to test");
        dataset_ = scratch() / "demo-data";
        const CliResult r = runCli({"demo-data", "--out", QString::fromStdString(dataset_.string()), "--cases", "3",
                                    "--seed", "5"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const auto& entry : fs::directory_iterator(dataset_)) {
            const std::string name = entry.path().filename().string();
            const auto at = name.find("_image.nii.gz");
            if (at == std::string::npos) continue;
            caseIds_.push_back(name.substr(0, at));
            if (name.rfind("ct_test_", 0) == 0) testImages_.push_back(entry.path().string());
        }
        QVERIFY2(caseIds_.size() >= 6, "demo-data wrote fewer image files than asked for");
        QVERIFY2(!testImages_.empty(), "demo-data wrote no ct_test case");
    }

    void inspectPrintsJsonListingEveryCase() {
        const CliResult r = runCli({"inspect", "--dataset", QString::fromStdString(dataset_.string())});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(r.out.toStdString());
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QString("stdout is not valid JSON: ") + e.what() + "\n" + describe(r)));
        }
        std::set<std::string> strings;
        collectStrings(json, strings);
        for (const auto& id : caseIds_) {
            bool listed = false;
            for (const auto& s : strings) listed = listed || s.find(id) != std::string::npos;
            QVERIFY2(listed, ("inspect does not list case " + id).c_str());
        }
    }

    void inspectOfAMissingFolderFailsNamingIt() {
        const QString missing = QString::fromStdString((scratch() / "no-such-dataset").string());
        const CliResult r = runCli({"inspect", "--dataset", missing});
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(missing), qPrintable(describe(r)));
    }

    void evaluateWithABadRunFolderFailsWithOneLine() {
        const QString badRun = QString::fromStdString((scratch() / "not-a-run").string());
        const fs::path json = scratch() / "never-written.json";
        const CliResult r = runCli({"evaluate", "--run", badRun, "--dataset",
                                    QString::fromStdString(dataset_.string()), "--split", "ct_test", "--json",
                                    QString::fromStdString(json.string())});
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        const QStringList lines = nonEmptyLines(r.both());
        QVERIFY2(lines.size() == 1, qPrintable(describe(r)));
        QVERIFY2(lines.front().contains(badRun), qPrintable(describe(r)));
        QVERIFY(!fs::exists(json));

        // A folder that exists but holds no run is refused the same way.
        fs::create_directories(scratch() / "empty-run");
        const QString emptyRun = QString::fromStdString((scratch() / "empty-run").string());
        const CliResult e = runCli({"evaluate", "--run", emptyRun, "--dataset",
                                    QString::fromStdString(dataset_.string()), "--json",
                                    QString::fromStdString(json.string())});
        QVERIFY2(e.exitCode != 0, qPrintable(describe(e)));
        QVERIFY2(nonEmptyLines(e.both()).size() == 1 && e.both().contains(emptyRun), qPrintable(describe(e)));
        QVERIFY(!fs::exists(json));
    }

    // target-only keeps this quick (no image alignment stage); the demo below covers mkd-iam and its three models.
    void smokeTrainPredictEvaluate() {
        // Preprocess first, as a GPU-server workflow would (train reads the slice cache; its own dataset
        // preparation is covered by the demo below).
        const CliResult preprocess = runCli({"preprocess", "--dataset", QString::fromStdString(dataset_.string()),
                                             "--size", "32", "--cache-dir",
                                             QString::fromStdString((scratch() / "slice-cache").string())});
        QVERIFY2(preprocess.exitCode == 0, qPrintable(describe(preprocess)));
        const QStringList printed = nonEmptyLines(preprocess.out);
        QVERIFY2(!printed.isEmpty(), qPrintable(describe(preprocess)));
        const QString cache = printed.back().trimmed();
        QVERIFY2(fs::exists(fs::path(cache.toStdString()) / "cache.json"), qPrintable(describe(preprocess)));

        const fs::path run = scratch() / "run-target-only";
        // A misspelt --set key is refused before anything is written.
        const fs::path refused = scratch() / "run-refused";
        const CliResult typo = runCli({"train", "--dataset", cache, "--method", "target-only", "--labeled-target", "1",
                                       "--profile", "smoke", "--set", "log_intervall=4", "--out",
                                       QString::fromStdString(refused.string())});
        QVERIFY2(typo.exitCode != 0 && typo.err.contains("log_intervall"), qPrintable(describe(typo)));
        QVERIFY(!fs::exists(refused / "config.json"));

        const CliResult train = runCli({"train", "--dataset", cache, "--method",
                                        "target-only", "--labeled-target", "1", "--profile", "smoke", "--seed", "0",
                                        "--set", "log_interval=4", "--out", QString::fromStdString(run.string())});
        QVERIFY2(train.exitCode == 0, qPrintable(describe(train)));
        QVERIFY(fs::exists(run / "config.json"));
        // The override trained and is recorded (a resume or a repeat of the run gets it).
        const nlohmann::json config = readJson(run / "config.json");
        QVERIFY2(config.dump().find("\"profile_overrides\":{\"log_interval\":4}") != std::string::npos, config.dump().c_str());
        QCOMPARE(config.at("profile_parameters").at("log_interval").get<int>(), 4);
        trainedRun_ = run;

        const fs::path prediction = scratch() / "prediction.nii.gz";
        const CliResult predict = runCli({"predict", "--run", QString::fromStdString(run.string()), "--input",
                                          QString::fromStdString(testImages_.front()), "--out",
                                          QString::fromStdString(prediction.string())});
        QVERIFY2(predict.exitCode == 0, qPrintable(describe(predict)));
        QVERIFY(fs::exists(prediction) && fs::file_size(prediction) > 0);

        const fs::path results = scratch() / "evaluation.json";
        const CliResult evaluate = runCli({"evaluate", "--run", QString::fromStdString(run.string()), "--dataset",
                                           QString::fromStdString(dataset_.string()), "--split", "ct_test",
                                           "--json", QString::fromStdString(results.string())});
        QVERIFY2(evaluate.exitCode == 0, qPrintable(describe(evaluate)));
        QVERIFY2(evaluate.out.contains("Dice"), qPrintable(describe(evaluate))); // the table
        const nlohmann::json json = readJson(results);
        QCOMPARE(QString::fromStdString(json.at("method").get<std::string>()), QString("target-only"));
        checkModels(json, {"single"});
        QCOMPARE(json.at("mean_dice").get<double>(), json.at("models").at("single").at("mean_dice").get<double>());
    }

    void evaluateRefusesAModelTheRunDoesNotHave() {
        if (trainedRun_.empty()) QSKIP("needs the run of smokeTrainPredictEvaluate");
        const CliResult r = runCli({"evaluate", "--run", QString::fromStdString(trainedRun_.string()), "--dataset",
                                    QString::fromStdString(dataset_.string()), "--json",
                                    QString::fromStdString((scratch() / "x.json").string()), "--model", "ensemble"});
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("ensemble"), qPrintable(describe(r)));
    }

    void demoRunsTheWholePipeline() {
        const fs::path out = scratch() / "demo-out";
        const CliResult r = runCli({"demo", "--dataset", QString::fromStdString(dataset_.string()), "--out",
                                    QString::fromStdString(out.string()), "--profile", "smoke", "--labeled-target",
                                    "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("preprocess") && r.out.contains("evaluate"), qPrintable(describe(r)));
        QVERIFY(fs::exists(out / "summary.txt"));
        const nlohmann::json json = readJson(out / "evaluation.json");
        QCOMPARE(QString::fromStdString(json.at("method").get<std::string>()), QString("mkd-iam"));
        checkModels(json, {"ensemble", "real", "syn"});
        // The method's own output is the ensemble of the two segmentors.
        QCOMPARE(json.at("mean_dice").get<double>(), json.at("models").at("ensemble").at("mean_dice").get<double>());
        bool wroteNifti = false;
        for (const auto& entry : fs::directory_iterator(out / "predictions"))
            wroteNifti = wroteNifti || entry.path().string().find(".nii.gz") != std::string::npos;
        QVERIFY(wroteNifti);

        // A run/ folder the demo did not create is not replaced without --force (checked before any work).
        const fs::path foreign = scratch() / "foreign-out";
        fs::create_directories(foreign / "run");
        std::ofstream(foreign / "run" / "config.json") << "{}";
        const CliResult refused = runCli({"demo", "--dataset", QString::fromStdString(dataset_.string()), "--out",
                                          QString::fromStdString(foreign.string())});
        QVERIFY2(refused.exitCode != 0 && refused.err.contains("--force"), qPrintable(describe(refused)));
        QVERIFY(fs::exists(foreign / "run" / "config.json"));
    }
};

QTEST_MAIN(CliTest)
#include "CliTest.moc"
