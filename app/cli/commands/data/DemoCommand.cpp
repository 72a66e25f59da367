// crossseg demo: the headless pipeline on a dataset (the demo phantom by default in scripts/run.sh):
// preprocess -> a short mkd-iam training -> prediction of one test case (NIfTI) -> evaluation -> summary table.
// Every stage that fails or is not available in this build is reported in the table instead of hiding the rest.
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/dataset/DatasetDiscovery.h"
#include "core/image/LabelTable.h"
#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/learn/TrainingObserver.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#include "core/workflow/TrainingJob.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>

namespace crossseg::cli {
namespace {

struct DemoArguments {
    std::string dataset, out, profile = "demo", method = "mkd-iam", device = "cpu", cacheDir;
    int labeledTarget = 2;
    std::uint64_t seed = 0;
    bool force = false;
};

struct StageOutcome {
    std::string stage;
    std::string state; // done | failed | skipped
    double seconds = 0.0;
    std::string detail;
};

// Prints training progress every few iterations: enough to see it move, not enough to flood a terminal.
class DemoTrainingObserver : public TrainingObserver {
public:
    void onIteration(const TrainingIterationReport& r) override {
        const int every = std::max(1, r.totalIterations / 10);
        if (r.iteration % every != 0 && r.iteration != r.totalIterations) return;
        char line[160];
        std::snprintf(line, sizeof line, "demo: train %s %d/%d (%.2f s/it, ETA %.0f s)", r.stage.c_str(),
                      r.iteration, r.totalIterations, r.secondsPerIteration, r.etaSeconds);
        log::info(line);
    }
    void onValidation(const TrainingValidationReport& r) override {
        char line[96];
        std::snprintf(line, sizeof line, "demo: validation at %d: Dice %.3f%s", r.iteration, r.selectionDice,
                      r.isBest ? " (best)" : "");
        log::info(line);
    }
    void onMessage(const std::string& message) override { log::info("demo: " + message); }
};

// Runs one stage, timing it; a failure is recorded (and later stages that need it are skipped) instead of
// aborting, so the summary always says how far the pipeline got. Cancellation still aborts.
bool runStage(std::vector<StageOutcome>& outcomes, const std::string& stage,
              const std::function<std::string()>& work) {
    const auto start = std::chrono::steady_clock::now();
    StageOutcome o{stage, "done", 0.0, {}};
    try {
        log::info("demo: " + stage + "...");
        o.detail = work();
    } catch (const TaskCancelled&) {
        throw;
    } catch (const std::exception& e) {
        o.state = "failed";
        o.detail = e.what();
        log::error("demo: " + stage + " failed: " + e.what());
    }
    o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    outcomes.push_back(o);
    return o.state == "done";
}

void skip(std::vector<StageOutcome>& outcomes, const std::string& stage, const std::string& why) {
    outcomes.push_back({stage, "skipped", 0.0, why});
}

std::string formatDice(double dice) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", dice);
    return text;
}

std::string testSplitOf(const Dataset& dataset, const std::string& target) {
    for (const std::string& name : {target + "_test", std::string("test")})
        if (dataset.splits.count(name)) return name;
    return {};
}

std::string summaryTable(const std::vector<StageOutcome>& outcomes) {
    std::ostringstream out;
    char line[512];
    std::snprintf(line, sizeof line, "%-11s %-8s %9s  %s\n", "stage", "state", "seconds", "detail");
    out << line;
    for (const auto& o : outcomes) {
        std::snprintf(line, sizeof line, "%-11s %-8s %9.1f  %s\n", o.stage.c_str(), o.state.c_str(), o.seconds,
                      o.detail.c_str());
        out << line;
    }
    return out.str();
}

// The marker says the folder is the demo's own: its previous run is replaced (scripts/run.sh runs the demo into
// the same folder every time). A run/ folder the demo did not create is never removed without --force.
void claimOutputFolder(const std::filesystem::path& out, const std::filesystem::path& runDir, bool force) {
    const std::filesystem::path marker = out / ".crossseg-demo";
    if (std::filesystem::exists(runDir)) {
        if (!std::filesystem::exists(marker) && !force)
            throw InputError(out, "holds a run/ folder that the demo did not create: choose another --out or pass "
                                  "--force to replace it");
        log::info("demo: replacing the previous demo run in " + runDir.string());
        std::filesystem::remove_all(runDir);
    }
    std::filesystem::create_directories(out);
    AtomicFile::writeText(marker, "written by `crossseg demo`: the run/, predictions/ and results here are replaced "
                                  "by the next demo run into this folder\n");
}

TrainingConfig demoConfig(const DemoArguments& a, const std::filesystem::path& runDir) {
    TrainingConfig config;
    config.method = MethodTraits::parse(a.method);
    config.labeledTarget = a.labeledTarget;
    config.profile = a.profile;
    config.seed = a.seed;
    config.device = a.device;
    config.runDir = runDir;
    return config;
}

// Predicts the first test case with the run's default model into <out>/predictions (NIfTI + label names).
std::string predictFirstTestCase(TrainingJob& job, const DatasetCase& testCase, const std::filesystem::path& out,
                                 TaskControl& control) {
    Predictor& predictor = job.predictor();
    const ImageVolume image = VolumeReader::readImage(testCase.image);
    const LabelVolume labels = job.predict(image, predictor.defaultModel(), &control);
    const auto file = out / "predictions" / (testCase.id + "_prediction.nii.gz");
    std::filesystem::create_directories(file.parent_path());
    VolumeWriter::writeLabels(labels, file);
    // Names and colours of the class indices, for ITK-SNAP or the Studio.
    LabelTable::forClasses(predictor.classes()).save(out / "predictions" / "labels.txt");
    return file.string() + " (" + predictor.defaultModel() + ", class indices; names in labels.txt)";
}

// Evaluates the run on the test split into <out>/evaluation.json; `table` receives the printable report.
std::string evaluateTestSplit(const TrainingJob& job, const DemoArguments& a, const std::string& split,
                              const std::filesystem::path& out, TaskControl& control, std::string& table) {
    const EvaluationReport report = job.evaluate(a.dataset, split, &control);
    report.save(out / "evaluation.json");
    table = report.table();
    const auto dice = report.modelSummary(report.defaultModel()).dice;
    return "split " + split + ", mean Dice (" + report.defaultModel() + ") " +
           (dice ? formatDice(*dice) : std::string("n/a")) + ", " + (out / "evaluation.json").string();
}

// The stages after preprocessing: train, predict, evaluate, each skipped when what it needs is missing.
void trainPredictEvaluate(TrainingJob& job, const DemoArguments& a, const Dataset& dataset, const std::string& target,
                          TaskControl& control, std::vector<StageOutcome>& outcomes) {
    const std::filesystem::path out = a.out;
    const bool trained = runStage(outcomes, "train", [&] {
        DemoTrainingObserver observer;
        job.train(control, &observer);
        return a.method + ", profile " + a.profile + ", K=" + std::to_string(a.labeledTarget) + ", run " +
               job.config().runDir.string();
    });
    const std::string split = testSplitOf(dataset, target);
    const auto testCases = split.empty() ? std::vector<const DatasetCase*>{} : dataset.casesInSplit(split);
    if (!trained)
        skip(outcomes, "predict", "needs a trained run");
    else if (testCases.empty())
        skip(outcomes, "predict", "the dataset has no " + target + " test split");
    else
        runStage(outcomes, "predict", [&] { return predictFirstTestCase(job, *testCases.front(), out, control); });

    if (!trained || split.empty()) {
        skip(outcomes, "evaluate", trained ? "the dataset has no test split" : "needs a trained run");
        return;
    }
    std::string table;
    if (runStage(outcomes, "evaluate", [&] { return evaluateTestSplit(job, a, split, out, control, table); }))
        std::cout << "\nEvaluation on " << split << ":\n" << table;
}

void runDemo(const DemoArguments& a) {
    const std::filesystem::path out = a.out;
    TrainingJob job(demoConfig(a, out / "run")); // resolves the profile: an unknown one fails before any work
    claimOutputFolder(out, job.config().runDir, a.force);
    const Dataset dataset = DatasetDiscovery::open(a.dataset);
    const auto target = dataset.modalityWithRole(ModalityRole::Target);
    if (!target) throw InputError(a.dataset, "no modality has the target role");

    ConsoleProgress progress;
    TaskControl control(&progress);
    std::vector<StageOutcome> outcomes;
    const bool prepared = runStage(outcomes, "preprocess", [&] {
        const std::filesystem::path root = a.cacheDir.empty() ? out / "slice-cache" : std::filesystem::path(a.cacheDir);
        return "slice cache " + job.prepare(dataset, root, control).string();
    });
    if (prepared) {
        trainPredictEvaluate(job, a, dataset, *target, control, outcomes);
    } else {
        skip(outcomes, "train", "needs the slice cache");
        skip(outcomes, "predict", "needs a trained run");
        skip(outcomes, "evaluate", "needs a trained run");
    }

    const std::string summary = summaryTable(outcomes);
    AtomicFile::writeText(out / "summary.txt", summary);
    std::cout << "\nCrossSeg demo on " << dataset.name << " (" << dataset.layout << ")\n" << summary;
    for (const auto& o : outcomes)
        if (o.state != "done") throw std::runtime_error("demo: stage '" + o.stage + "' " + o.state + ": " + o.detail);
}

void setupDemo(CLI::App& command) {
    auto a = std::make_shared<DemoArguments>();
    command.add_option("--dataset", a->dataset, "Dataset (e.g. the folder written by `crossseg demo-data`)")
        ->required();
    command.add_option("--out", a->out, "Folder for the run, prediction, evaluation and summary")->required();
    command.add_option("--profile", a->profile, "demo (a few minutes, sized for the phantom) | smoke (seconds, a plumbing check) | cpu-quick (about 15 minutes on 2 cores)")
        ->capture_default_str();
    command.add_option("--method", a->method, "Training method")->capture_default_str();
    command.add_option("--labeled-target", a->labeledTarget, "K: labelled target training cases")
        ->capture_default_str();
    command.add_option("--seed", a->seed, "Random seed")->capture_default_str();
    command.add_option("--device", a->device, "cpu | cuda | cuda:N")->capture_default_str();
    command.add_option("--cache-dir", a->cacheDir, "Slice cache root (default: <out>/slice-cache)");
    command.add_flag("--force", a->force, "Replace a run/ folder in --out that the demo did not create");
    command.callback([a] { runDemo(*a); });
}

const bool registered = CommandRegistry::add(
    "", "demo", "Headless pipeline: preprocess, short training, prediction, evaluation, summary table", &setupDemo);

} // namespace
} // namespace crossseg::cli
