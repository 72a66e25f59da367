// crossseg demo: the headless pipeline on a dataset (the demo phantom by default in scripts/run.sh):
// preprocess -> a short mkd-iam training -> prediction of one test case (NIfTI) -> evaluation -> summary table.
// Every stage that fails or is not available in this build is reported in the table instead of hiding the rest.
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/eval/RunEvaluator.h"
#include "core/image/LabelTable.h"
#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/learn/Predictor.h"
#include "core/learn/TrainingObserver.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/TrainingRun.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

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

void runDemo(const DemoArguments& a) {
    const std::filesystem::path out = a.out;
    const std::filesystem::path runDir = out / "run";
    const TrainingProfile profile = TrainingProfile::resolve(a.profile); // unknown profile: fail before any work
    // The marker says the folder is the demo's own: its previous run is replaced (scripts/run.sh runs the demo
    // into the same folder every time). A run/ folder the demo did not create is never removed without --force.
    const std::filesystem::path marker = out / ".crossseg-demo";
    if (std::filesystem::exists(runDir)) {
        if (!std::filesystem::exists(marker) && !a.force)
            throw InputError(out, "holds a run/ folder that the demo did not create: choose another --out or pass "
                                  "--force to replace it");
        log::info("demo: replacing the previous demo run in " + runDir.string());
        std::filesystem::remove_all(runDir);
    }
    std::filesystem::create_directories(out);
    AtomicFile::writeText(marker, "written by `crossseg demo`: the run/, predictions/ and results here are replaced "
                                  "by the next demo run into this folder\n");
    const Dataset dataset = DatasetDiscovery::open(a.dataset);
    const auto target = dataset.modalityWithRole(ModalityRole::Target);
    if (!target) throw InputError(a.dataset, "no modality has the target role");

    ConsoleProgress progress;
    TaskControl control(&progress);
    std::vector<StageOutcome> outcomes;
    std::filesystem::path cache;

    const bool prepared = runStage(outcomes, "preprocess", [&] {
        SliceCacheParameters parameters;
        parameters.height = profile.height;
        parameters.width = profile.width;
        const std::filesystem::path root = a.cacheDir.empty() ? out / "slice-cache" : std::filesystem::path(a.cacheDir);
        cache = DatasetCachePreparer::prepare(dataset, parameters, root, control);
        return "slice cache " + cache.string();
    });

    bool trained = false;
    if (prepared) {
        trained = runStage(outcomes, "train", [&] {
            TrainingConfig config;
            config.method = MethodTraits::parse(a.method);
            config.labeledTarget = a.labeledTarget;
            config.profile = a.profile;
            config.seed = a.seed;
            config.device = a.device;
            config.cache = cache;
            config.runDir = runDir;
            DemoTrainingObserver observer;
            TrainingRun run(config);
            run.run(control, &observer);
            return a.method + ", profile " + a.profile + ", K=" + std::to_string(a.labeledTarget) + ", run " +
                   runDir.string();
        });
    } else {
        skip(outcomes, "train", "needs the slice cache");
    }

    const std::string split = testSplitOf(dataset, *target);
    const auto testCases = split.empty() ? std::vector<const DatasetCase*>{} : dataset.casesInSplit(split);
    if (!trained) {
        skip(outcomes, "predict", "needs a trained run");
    } else if (testCases.empty()) {
        skip(outcomes, "predict", "the dataset has no " + *target + " test split");
    } else {
        runStage(outcomes, "predict", [&] {
            const DatasetCase& first = *testCases.front();
            auto predictor = Predictor::load(runDir, a.device);
            const ImageVolume image = VolumeReader::readImage(first.image);
            const LabelVolume labels = predictor->predict(image, predictor->defaultModel(), &control);
            const auto file = out / "predictions" / (first.id + "_prediction.nii.gz");
            std::filesystem::create_directories(file.parent_path());
            VolumeWriter::writeLabels(labels, file);
            // Names and colours of the class indices, for ITK-SNAP or the Studio.
            LabelTable::forClasses(predictor->classes()).save(out / "predictions" / "labels.txt");
            return file.string() + " (" + predictor->defaultModel() + ", class indices; names in labels.txt)";
        });
    }

    if (!trained || split.empty()) {
        skip(outcomes, "evaluate", trained ? "the dataset has no test split" : "needs a trained run");
    } else {
        std::string table;
        const bool evaluated = runStage(outcomes, "evaluate", [&] {
            RunEvaluator::Options options;
            options.runDir = runDir;
            options.dataset = a.dataset;
            options.split = split;
            options.device = a.device;
            const EvaluationReport report = RunEvaluator::evaluate(options, &control);
            report.save(out / "evaluation.json");
            table = report.table();
            const auto dice = report.modelSummary(report.defaultModel()).dice;
            return "split " + split + ", mean Dice (" + report.defaultModel() + ") " +
                   (dice ? formatDice(*dice) : std::string("n/a")) + ", " + (out / "evaluation.json").string();
        });
        if (evaluated) std::cout << "\nEvaluation on " << split << ":\n" << table;
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
