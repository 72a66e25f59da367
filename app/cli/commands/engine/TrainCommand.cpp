// crossseg train: one training run (IAM when the method needs it, then segmentation) from a slice cache, or, in
// builds with the ITK data layer, from a dataset first prepared into the slice cache of the profile's size
// (TrainingJob, the same job the Studio runs).
#include "CommandRegistry.h"
#include "ConsoleProgress.h"
#include "DistributedTrainOptions.h"

#include "core/learn/TrainingObserver.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/TrainingRun.h"
#include "core/preprocess/SliceCache.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#ifdef CROSSSEG_HAVE_ITK
#include "core/workflow/TrainingJob.h"
#endif

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>

namespace crossseg::cli {
namespace {

std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) { interrupted.store(true); }

// Prints a line every few iterations and every validation: what a person watching a terminal needs.
class TerminalTrainingObserver : public TrainingObserver {
public:
    explicit TerminalTrainingObserver(int every) : every_(std::max(1, every)) {}
    void onIteration(const TrainingIterationReport& r) override {
        if (r.iteration % every_ != 0 && r.iteration != r.totalIterations) return;
        std::string line = "[" + r.stage + " " + std::to_string(r.iteration) + "/" + std::to_string(r.totalIterations) + "]";
        char buffer[64];
        for (const auto& [name, value] : r.losses) {
            std::snprintf(buffer, sizeof buffer, " %s=%.4f", name.c_str(), value);
            line += buffer;
        }
        std::snprintf(buffer, sizeof buffer, "  %.2f s/it, ETA %.0f s", r.secondsPerIteration, r.etaSeconds);
        log::info(line + buffer);
    }
    void onValidation(const TrainingValidationReport& r) override {
        std::string line = "[validation " + std::to_string(r.iteration) + "]";
        char buffer[64];
        for (const auto& [model, dice] : r.meanDice) {
            std::snprintf(buffer, sizeof buffer, " %s Dice=%.4f", model.c_str(), dice);
            line += buffer;
        }
        log::info(line + (r.isBest ? "  (best so far: checkpoint saved)" : ""));
    }
    // The engine logs its messages itself; printing them here again would double every line.
    void onMessage(const std::string&) override {}

private:
    int every_;
};

struct TrainArguments {
    std::string dataset, method, profile = "cpu-quick", out, device = "cpu";
    int labeledTarget = 4;
    std::uint64_t seed = 0;
    bool resume = false;
    double kdTemperature = TrainingConfig().kdTemperature;
    double kdWeight = TrainingConfig().kdWeight;
    int iterations = 0;
    std::string iamCache;
    std::vector<std::string> settings; // --set KEY=VALUE
    std::string iamMode, kdRamp;       // shortcuts for --set iam_mode=..., --set kd_ramp=...
};

// --set KEY=VALUE: VALUE is read as JSON where it is JSON (2400, 0.25, true, "x"), otherwise as a string
// (pixel-shuffle). The profile checks the key and the type (TrainingProfile::resolve).
nlohmann::json profileOverridesOf(const TrainArguments& a) {
    nlohmann::json overrides = nlohmann::json::object();
    for (const std::string& setting : a.settings) {
        const auto equals = setting.find('=');
        if (equals == std::string::npos || equals == 0)
            throw InputError("--set " + setting + ": expected KEY=VALUE, e.g. --set kd_ramp=sigmoid");
        const std::string key = setting.substr(0, equals), text = setting.substr(equals + 1);
        nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
        overrides[key] = value.is_discarded() ? nlohmann::json(text) : value;
    }
    if (!a.iamMode.empty()) overrides["iam_mode"] = a.iamMode;
    if (!a.kdRamp.empty()) overrides["kd_ramp"] = a.kdRamp;
    return overrides;
}

TrainingConfig configOf(const TrainArguments& a) {
    TrainingConfig config;
    config.method = MethodTraits::parse(a.method);
    config.labeledTarget = a.labeledTarget;
    config.profile = a.profile;
    config.seed = a.seed;
    config.device = a.device;
    config.runDir = a.out;
    config.resume = a.resume;
    config.kdTemperature = a.kdTemperature;
    config.kdWeight = a.kdWeight;
    config.iamCacheRoot = a.iamCache;
    config.iterations = a.iterations;
    config.profileOverrides = profileOverridesOf(a);
    return config;
}

#ifdef CROSSSEG_HAVE_ITK
// A distributed run trains from a prepared slice cache: ranks preparing a dataset at once would race on it.
void requireSliceCacheWhenDistributed(const TrainArguments& a, const DistributedEnvironment& environment) {
    if (environment.enabled && !SliceCache::exists(a.dataset))
        throw InputError(a.dataset, "a distributed run trains from a prepared slice cache: prepare it first "
                                    "(crossseg preprocess) and pass the cache folder as --dataset");
}

// The training job: a dataset is first prepared (or found prepared) as the slice cache of the profile's size.
void train(const TrainArguments& a, const DistributedEnvironment& environment, TaskControl& control,
           ConsoleProgress& progress) {
    TrainingConfig config = configOf(a);
    requireSliceCacheWhenDistributed(a, environment);
    const auto sync = DistributedTrainOptions::openSession(environment, config.device);
    TrainingJob job(config); // resolves the profile once: an unknown one fails before any preparation
    job.setGradientSync(*sync);
    control.setSink(&progress);
    job.prepare(a.dataset, {}, control);
    control.setSink(nullptr);
    TerminalTrainingObserver observer(10);
    job.train(control, &observer);
}
#else
// The engine-only build (GPU servers) trains from a slice cache prepared elsewhere.
void train(const TrainArguments& a, const DistributedEnvironment& environment, TaskControl& control,
           ConsoleProgress&) {
    TrainingConfig config = configOf(a);
    const TrainingProfile profile = TrainingProfile::resolve(config.profile, config.profileOverrides);
    if (!SliceCache::exists(a.dataset)) {
        if (std::filesystem::exists(std::filesystem::path(a.dataset) / "cache.json"))
            SliceCache::open(a.dataset); // throws the precise reason (version, corruption)
        throw InputError(a.dataset, "not a slice cache (this engine-only build cannot read datasets: prepare the "
                                    "cache on a machine with the full build and copy it here)");
    }
    config.cache = a.dataset;
    const auto sync = DistributedTrainOptions::openSession(environment, config.device);
    TerminalTrainingObserver observer(10);
    TrainingRun run(config, profile);
    run.setGradientSync(*sync);
    run.run(control, &observer);
}
#endif

// Ctrl-C (and SIGTERM, a cluster's pre-emption) cancels cleanly: the latest checkpoint is written and --resume
// continues from it.
void trainCancellableByInterrupt(const TrainArguments& a, const DistributedEnvironment& environment) {
    ConsoleProgress progress;
    TaskControl control;
    interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerminate = std::signal(SIGTERM, onInterrupt);
    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (interrupted.exchange(false)) control.requestCancel();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    const auto restore = [&] {
        finished.store(true);
        watcher.join();
        std::signal(SIGINT, previous);
        std::signal(SIGTERM, previousTerminate);
    };
    try {
        train(a, environment, control, progress);
    } catch (...) {
        restore();
        throw;
    }
    restore();
    log::info("train: finished; run folder " + a.out);
}

void setupTrain(CLI::App& command) {
    auto a = std::make_shared<TrainArguments>();
    command.add_option("--dataset", a->dataset, "Slice cache folder, or a dataset (manifest JSON, MM-WHS or nnU-Net folder)")
        ->required();
    command.add_option("--method", a->method, "target-only | assistant-only | joint | mkd | mkd-iam")->required();
    command.add_option("--labeled-target", a->labeledTarget, "K: labelled target cases drawn from the target training split")
        ->required();
    command.add_option("--profile", a->profile, TrainingProfile::nameList(" | ") + ", or a JSON file of overrides (docs/LEARNING.md)")->capture_default_str();
    command.add_option("--seed", a->seed, "Random seed (case draw, initialisation, data order)")->capture_default_str();
    command.add_option("--out", a->out, "Run folder (config.json, status.json, metrics.jsonl, checkpoints/)")->required();
    command.add_option("--device", a->device, "cpu | cuda | cuda:N (falls back to the CPU, saying so)")->capture_default_str();
    command.add_flag("--resume", a->resume, "Continue the run in --out from its latest checkpoint");
    command.add_option("--kd-temperature", a->kdTemperature, "T of the distillation softmax")->capture_default_str();
    command.add_option("--kd-weight", a->kdWeight, "lambda_kd, weight of the distillation terms")->capture_default_str();
    command.add_option("--iterations", a->iterations,
                       "Segmentation iterations (default: the profile's; the IAM keeps the profile's count)")
        ->check(CLI::PositiveNumber);
    command.add_option("--iam-cache", a->iamCache, "Folder of trained IAMs to reuse (default: <slice cache>/iam)");
    command.add_option("--set", a->settings,
                       "Set a profile parameter on top of --profile, KEY=VALUE (repeatable; the keys of docs/results/OPTIONS.md "
                       "and of any profile file, e.g. --set normalization_domains=2 --set iterations=2400)");
    command.add_option("--iam-mode", a->iamMode, "mkd-iam: staged (IAM trained first, then frozen) | end-to-end (the "
                                                 "generator also learns from S_syn's loss); default: the profile's")
        ->check(CLI::IsMember({"staged", "end-to-end"}));
    command.add_option("--kd-ramp", a->kdRamp, "Ramp of the distillation weight: none | linear | sigmoid; default: the profile's")
        ->check(CLI::IsMember({"none", "linear", "sigmoid"}));
    auto distributed = DistributedTrainOptions::addTo(command);
    command.callback([a, distributed] {
        // First: with --nproc N this starts N workers of this command and never returns.
        const DistributedEnvironment environment = distributed->resolve();
        trainCancellableByInterrupt(*a, environment);
    });
}

const bool registered = CommandRegistry::add(
    "", "train", "Train a segmentation method (IAM + mutual knowledge distillation, or a baseline)", &setupTrain);

} // namespace
} // namespace crossseg::cli
