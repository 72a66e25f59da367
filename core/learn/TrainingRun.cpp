#include "core/learn/TrainingRun.h"

#include "core/learn/CaseSelection.h"
#include "core/learn/ComputeDevice.h"
#include "core/learn/ImageAlignmentStage.h"
#include "core/learn/NonFiniteLoss.h"
#include "core/learn/RunFolder.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/SegmentationValidator.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/TrainingCheckpoint.h"
#include "core/learn/TrainingObserver.h"
#include "core/learn/TrainingProfile.h"
#include "core/preprocess/SliceCache.h"
#include "core/preprocess/SliceCacheJson.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace crossseg {
namespace {

bool usesTargetLabels(const std::string& method) { return method != "assistant-only"; }
bool usesAssistant(const std::string& method) { return method != "target-only"; }
bool isMutual(const std::string& method) { return method == "mkd" || method == "mkd-iam"; }

// The settings a resumed run must share with the checkpoint it continues.
void requireSameRun(const nlohmann::json& stored, const nlohmann::json& now, const std::filesystem::path& file) {
    for (const char* key : {"method", "labeled_target", "profile", "seed", "cache_key", "profile_parameters",
                            "kd_temperature", "kd_weight", "selection"}) {
        if (stored.value(key, nlohmann::json()) != now.value(key, nlohmann::json()))
            throw InputError(file, std::string("incompatible checkpoint: '") + key + "' was " +
                                       stored.value(key, nlohmann::json()).dump() + ", this run has " +
                                       now.value(key, nlohmann::json()).dump());
    }
}

} // namespace

struct TrainingRun::Impl {
    TrainingConfig config;
    TrainingProfile profile;
    RunFolder folder;
    nlohmann::json fullConfig;
    nlohmann::json status;
    TrainingObserver* observer = nullptr;

    explicit Impl(TrainingConfig c) : config(std::move(c)), folder(config.runDir) {}

    void message(const std::string& text) {
        log::info(text);
        if (observer) observer->onMessage(text);
    }
    void setStatus(const std::string& state, const std::string& text) {
        status["state"] = state;
        status["message"] = text;
        folder.writeStatus(status);
    }
    void execute(TaskControl& control);
};

TrainingRun::TrainingRun(TrainingConfig config) : impl_(new Impl(std::move(config))) {}
TrainingRun::~TrainingRun() { delete impl_; }
const TrainingConfig& TrainingRun::config() const { return impl_->config; }

void TrainingRun::run(TaskControl& control, TrainingObserver* observer) {
    impl_->observer = observer;
    impl_->execute(control);
}

void TrainingRun::Impl::execute(TaskControl& control) {
    // ---- Configuration checks: everything the user can get wrong fails here, before any file is written.
    const auto& methods = TrainingConfig::methods();
    if (std::find(methods.begin(), methods.end(), config.method) == methods.end())
        throw InputError("unknown method '" + config.method +
                         "' (expected target-only, assistant-only, joint, mkd or mkd-iam)");
    profile = TrainingProfile::resolve(config.profile);
    if (config.iterations < 0) throw InputError("--iterations must be positive");
    if (config.iterations > 0) profile.iterations = config.iterations;
    if (usesTargetLabels(config.method) && config.labeledTarget < 1)
        throw InputError("--labeled-target must be at least 1 for " + config.method);
    if (config.runDir.empty()) throw InputError("no run folder given (--out)");
    if (!(config.kdTemperature > 0.0)) throw InputError("the KD temperature must be positive");
    const SliceCache cache = SliceCache::open(config.cache);
    if (cache.parameters().height != profile.height || cache.parameters().width != profile.width)
        throw InputError(config.cache / "cache.json",
                         "slices are " + std::to_string(cache.parameters().height) + "x" +
                             std::to_string(cache.parameters().width) + " but profile '" + profile.name + "' needs " +
                             std::to_string(profile.height) + "x" + std::to_string(profile.width) +
                             ": prepare a cache of that size");
    const int classes = int(cache.classes().size());
    if (classes < 2) throw InputError(config.cache / "cache.json", "needs at least background and one class");
    const CaseSelection selection = CaseSelection::choose(
        cache, usesTargetLabels(config.method) ? config.labeledTarget : std::max(config.labeledTarget, 0),
        profile.validationCases, config.seed, usesAssistant(config.method));
    for (const auto& note : selection.notes) message(note);

    ComputeDevice::useAllCpuThreads();
    std::string deviceMessage;
    const torch::Device device = ComputeDevice::resolve(config.device, deviceMessage);
    if (!deviceMessage.empty()) {
        log::warn(deviceMessage);
        if (observer) observer->onMessage(deviceMessage);
    }

    fullConfig = config.toJson();
    fullConfig["profile_parameters"] = profile.toJson();
    fullConfig["preprocessing"] = SliceCacheJson::fromParameters(cache.parameters());
    fullConfig["cache_key"] = cache.key();
    fullConfig["classes"] = cache.classes();
    fullConfig["selection"] = selection.toJson();
    fullConfig["models"] = isMutual(config.method) ? std::vector<std::string>{"ensemble", "real", "syn"}
                                                   : std::vector<std::string>{"single"};
    fullConfig["device_used"] = device.str();

    TrainingCheckpointState resumed;
    if (config.resume) {
        if (!std::filesystem::exists(folder.latestCheckpoint()))
            throw InputError(folder.latestCheckpoint(), "nothing to resume: checkpoint missing");
        resumed = TrainingCheckpoint::readState(folder.latestCheckpoint());
        requireSameRun(resumed.config, fullConfig, folder.latestCheckpoint());
    } else if (std::filesystem::exists(folder.latestCheckpoint())) {
        throw InputError(folder.root(), "already holds a training run: use --resume or another --out folder");
    }

    // ---- Data: every slice of the selected cases in memory.
    const auto pool = [&](const std::vector<std::string>& ids, bool labels) {
        SlicePool p(profile.height, profile.width);
        for (const auto& id : ids) p.addCase(cache.load(id), labels);
        return p;
    };
    const SlicePool labelledTarget = pool(selection.labeledTarget, true);
    const SlicePool unlabelledTarget = pool(selection.unlabeledTarget, false);
    const SlicePool assistant = pool(selection.assistant, true);
    std::vector<CaseSlices> validationCases;
    for (const auto& id : selection.validation) validationCases.push_back(cache.load(id));

    status = {{"state", "running"},  {"iteration", resumed.iteration}, {"total_iterations", profile.iterations},
              {"best_mean_dice", resumed.bestDice < 0 ? nlohmann::json() : nlohmann::json(resumed.bestDice)},
              {"best_iteration", resumed.bestIteration}, {"message", ""}, {"stage", "preparing"}};
    folder.loadMetrics(resumed.iteration);

    try {
        // ---- Stage 1: the IAM (mkd-iam only).
        ResnetGenerator generator(nullptr);
        if (config.method == "mkd-iam") {
            std::vector<std::string> targetCases = selection.labeledTarget;
            targetCases.insert(targetCases.end(), selection.unlabeledTarget.begin(), selection.unlabeledTarget.end());
            std::sort(targetCases.begin(), targetCases.end());
            SlicePool iamTarget = pool(targetCases, false);
            SlicePool iamAssistant = pool(selection.assistant, false);
            const auto description = ImageAlignmentStage::describe(config, profile, cache.key(), selection.assistant,
                                                                   targetCases);
            status["stage"] = "iam";
            setStatus("running", "stage 1: image alignment module");
            fullConfig["iam"] = {{"hash", ImageAlignmentStage::hashOf(description)},
                                 {"folder", (ImageAlignmentStage::cacheRoot(config) /
                                             ImageAlignmentStage::hashOf(description)).string()}};
            folder.writeConfig(fullConfig);
            const auto iam = ImageAlignmentStage::obtain(config, profile, description, iamAssistant, iamTarget, device,
                                                         control, observer, folder);
            generator = iam.assistantToTarget;
            fullConfig["iam"]["reused"] = iam.reused;
        }
        folder.writeConfig(fullConfig);

        // ---- Stage 2: segmentation.
        torch::manual_seed(config.seed);
        auto trainer = SegmentationTrainer::create(config, profile, classes, device, generator);
        if (config.resume) {
            resumed = TrainingCheckpoint::load(folder.latestCheckpoint(), *trainer, device);
            message("resuming at iteration " + std::to_string(resumed.iteration));
        }
        const auto streamNames = SegmentationTrainer::streamsFor(config.method, !unlabelledTarget.empty());
        std::vector<BatchStream> streams;
        for (const auto& name : streamNames) {
            if (name == "target")
                streams.push_back({&labelledTarget, profile.batchSize, true, true, profile.foregroundSliceFraction});
            else if (name == "assistant")
                streams.push_back({&assistant, profile.batchSize, true, true, profile.foregroundSliceFraction});
            else
                streams.push_back({&unlabelledTarget, profile.unlabeledBatchSize, false, true, 0.0});
        }
        const long long total = profile.iterations;
        SliceBatchLoader loader(streams, SliceAugmenter(profile), config.seed, resumed.iteration, total,
                                profile.loaderThreads, profile.prefetchBatches);
        SegmentationValidator validator(std::move(validationCases), classes, profile.batchSize * 2);
        SliceSegmenter segmenter(trainer->segmentors(), device);
        const std::string selectionModel = segmenter.defaultModel();

        TrainingCheckpointState state = resumed;
        state.config = fullConfig;
        long long done = resumed.iteration;
        status["stage"] = "segmentation";
        setStatus("running", "stage 2: segmentation");
        std::map<std::string, double> sums;
        int summed = 0;
        double secondsPerIteration = 0.0;
        try {
            while (done < total) {
                if (control.isPaused()) {
                    // Tell status.json readers (the Studio, scripts) why nothing moves, then wait.
                    setStatus("paused", "paused at iteration " + std::to_string(done));
                    control.checkpoint();
                    setStatus("running", "stage 2: segmentation");
                }
                control.checkpoint();
                const auto started = std::chrono::steady_clock::now();
                const auto batch = loader.next();
                // Polynomial decay (power 0.9), a function of the iteration only: resumes continue it exactly.
                const double rate = profile.learningRate * std::pow(1.0 - double(done) / double(total), 0.9);
                const auto losses = trainer->step(batch, rate, done + 1);
                ++done;
                const double seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                secondsPerIteration = secondsPerIteration == 0.0 ? seconds : 0.9 * secondsPerIteration + 0.1 * seconds;
                for (const auto& [name, value] : losses) sums[name] += value;
                ++summed;
                if (observer) {
                    TrainingIterationReport report;
                    report.stage = "segmentation";
                    report.iteration = int(done);
                    report.totalIterations = int(total);
                    report.losses = losses;
                    report.secondsPerIteration = secondsPerIteration;
                    report.etaSeconds = secondsPerIteration * double(total - done);
                    observer->onIteration(report);
                }
                control.report("train", double(done) / double(total),
                               "iteration " + std::to_string(done) + "/" + std::to_string(total));
                if (done % profile.logInterval == 0 || done == total) {
                    nlohmann::json line{{"kind", "train"}, {"stage", "segmentation"}, {"iteration", done},
                                        {"learning_rate", rate}, {"seconds_per_iteration", secondsPerIteration}};
                    for (const auto& [name, sum] : sums) line["losses"][name] = sum / summed;
                    folder.appendMetrics(line);
                    sums.clear();
                    summed = 0;
                }
                const bool validateNow = done % profile.validationInterval == 0 || done == total;
                if (validateNow && !validator.empty()) {
                    TrainingValidationReport report = validator.evaluate(segmenter, selectionModel);
                    report.iteration = int(done);
                    report.isBest = report.selectionDice > state.bestDice;
                    nlohmann::json line{{"kind", "validation"}, {"iteration", done},
                                        {"mean_dice", report.selectionDice}, {"selection_model", selectionModel},
                                        {"per_class_dice", report.perClassDice.at(selectionModel)}};
                    for (const auto& [model, dice] : report.meanDice) line["models"][model]["mean_dice"] = dice;
                    for (const auto& [model, dice] : report.perClassDice) line["models"][model]["per_class_dice"] = dice;
                    folder.appendMetrics(line);
                    if (report.isBest) {
                        state.bestDice = report.selectionDice;
                        state.bestIteration = done;
                        state.iteration = done;
                        TrainingCheckpoint::save(folder.bestCheckpoint(), *trainer, state);
                        status["best_mean_dice"] = state.bestDice;
                        status["best_iteration"] = done;
                    }
                    if (observer) observer->onValidation(report);
                }
                if (done % profile.checkpointInterval == 0 || done == total) {
                    state.iteration = done;
                    TrainingCheckpoint::save(folder.latestCheckpoint(), *trainer, state);
                }
                status["iteration"] = done;
                if (done % profile.logInterval == 0) folder.writeStatus(status);
            }
            if (validator.empty() || !std::filesystem::exists(folder.bestCheckpoint())) {
                // No validation possible: the final weights are the best we have.
                state.iteration = done;
                TrainingCheckpoint::save(folder.bestCheckpoint(), *trainer, state);
            }
        } catch (const TaskCancelled&) {
            // Keep what was learnt: the latest checkpoint is the state after the last finished iteration.
            state.iteration = done;
            TrainingCheckpoint::save(folder.latestCheckpoint(), *trainer, state);
            status["iteration"] = done;
            throw;
        }
        status["iteration"] = done;
        setStatus("finished", "finished " + std::to_string(done) + " iterations");
    } catch (const TaskCancelled&) {
        setStatus("cancelled", "cancelled by the user; resume with --resume");
        throw;
    } catch (const NonFiniteLoss& e) {
        const std::string text = std::string(e.what()) + ": training stopped; the last good checkpoint (" +
                                 folder.latestCheckpoint().string() + ") is intact";
        setStatus("failed", text);
        throw std::runtime_error(text);
    } catch (const std::exception& e) {
        setStatus("failed", e.what());
        throw;
    }
}

} // namespace crossseg
