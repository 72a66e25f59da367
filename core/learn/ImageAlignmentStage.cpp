#include "core/learn/ImageAlignmentStage.h"

#include "core/distributed/DataShard.h"
#include "core/distributed/GradientSync.h"
#include "core/learn/AbdominalSliceRange.h"
#include "core/learn/RunFolder.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/TrainingObserver.h"
#include "core/util/AtomicFile.h"
#include "core/util/ContentDigest.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#include "core/util/UserDataPaths.h"

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace crossseg {

namespace {

// The IAM's batches, with the profile's MethodOptions: MR slices organ first, CT slices within the relative z-range
// of the organs of the labelled CT cases. Held on the heap: the loader points into the restricted pool.
struct IamBatches {
    SlicePool restrictedTarget;
    std::unique_ptr<SliceBatchLoader> loader;
};

std::unique_ptr<IamBatches> iamBatches(const TrainingConfig& config, const TrainingProfile& profile,
                                       const SlicePool& assistant, const SlicePool& target,
                                       const SlicePool* labeledTarget, int rank) {
    auto out = std::make_unique<IamBatches>();
    const MethodOptions options = MethodOptions::of(profile);
    if (options.iamAssistantForegroundFraction > 0.0 && !assistant.hasLabels())
        throw std::logic_error("iam_assistant_foreground_fraction needs the labelled assistant slices");
    const SlicePool* targetSlices = &target;
    if (options.iamTargetAbdominalRange) {
        if (!labeledTarget) throw std::logic_error("iam_target_abdominal_range needs the labelled target slices");
        const auto range = AbdominalSliceRange::fromLabelledCases(*labeledTarget, options.abdominalRangeMargin);
        out->restrictedTarget = range.restrict(target);
        targetSlices = &out->restrictedTarget;
        log::info("IAM: target slices within relative height [" + std::to_string(range.lower()) + ", " +
                  std::to_string(range.upper()) + "]: " + std::to_string(out->restrictedTarget.size()) + " of " +
                  std::to_string(target.size()));
    }
    out->loader = std::make_unique<SliceBatchLoader>(
        std::vector<BatchStream>{BatchStream{&assistant, profile.iamBatchSize, false, true,
                                             options.iamAssistantForegroundFraction},
                                 BatchStream{targetSlices, profile.iamBatchSize, false, true, 0.0}},
        // Each rank draws its own share of every batch: batch i of rank r is a function of (seed, i, r).
        SliceAugmenter(profile), DataShard::loaderSeed(config.seed ^ 0x49414d0000ULL, rank), 0, profile.iamIterations,
        profile.loaderThreads,
        profile.prefetchBatches);
    return out;
}

TrainingIterationReport iterationReport(int iteration, int total, const std::map<std::string, double>& losses,
                                        double secondsPerIteration) {
    TrainingIterationReport report;
    report.stage = "iam";
    report.iteration = iteration;
    report.totalIterations = total;
    report.losses = losses;
    report.secondsPerIteration = secondsPerIteration;
    report.etaSeconds = secondsPerIteration * (total - iteration);
    return report;
}

// Whether `index` (iam.json beside a trained IAM) describes exactly this IAM; an unreadable index does not.
bool sameDescriptionStored(const std::filesystem::path& index, const nlohmann::json& description) {
    std::ifstream in(index);
    if (!in) return false;
    try {
        return nlohmann::json::parse(in) == description;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

} // namespace

nlohmann::json ImageAlignmentStage::describe(const TrainingConfig& config, const TrainingProfile& profile,
                                             const std::string& slicesDigest,
                                             const std::vector<std::string>& assistantCases,
                                             const std::vector<std::string>& targetCases,
                                             const SlicePool* labeledTarget) {
    const nlohmann::json p = profile.toJson();
    nlohmann::json iam{{"format_version", 1},
                       {"slices_digest", slicesDigest},
                       {"seed", config.seed},
                       {"profile", profile.name},
                       {"cycle_weight", config.cycleWeight},
                       {"identity_weight", identityWeight(config, profile)},
                       {"assistant_cases", assistantCases},
                       {"target_cases", targetCases}};
    for (const char* key : {"height", "width", "iam_iterations", "iam_batch_size", "iam_learning_rate",
                            "generator_channels", "generator_residual_blocks", "discriminator_channels",
                            "discriminator_layers", "max_rotation_degrees", "max_scale_change", "max_translation",
                            "intensity_scale_jitter", "intensity_shift_jitter", "noise_std"})
        iam["parameters"][key] = p.at(key);
    // Options that change the IAM, only when set (a default run's description, hence its hash, stays as it was).
    const MethodOptions options = MethodOptions::of(profile);
    if (options.iamAssistantForegroundFraction > 0.0)
        iam["assistant_foreground_fraction"] = options.iamAssistantForegroundFraction;
    if (options.iamTargetAbdominalRange) {
        if (!labeledTarget) throw std::logic_error("iam_target_abdominal_range needs the labelled target slices");
        const auto range = AbdominalSliceRange::fromLabelledCases(*labeledTarget, options.abdominalRangeMargin);
        iam["target_slice_range"] = {range.lower(), range.upper()};
    }
    return iam;
}

double ImageAlignmentStage::identityWeight(const TrainingConfig& config, const TrainingProfile& profile) {
    return MethodOptions::of(profile).iamIdentityTerms ? config.identityWeight : 0.0;
}

std::string ImageAlignmentStage::hashOf(const nlohmann::json& description) {
    // Over the canonical dump (nlohmann sorts object keys): stable across runs and machines.
    return ContentDigest::ofText(description.dump());
}

std::filesystem::path ImageAlignmentStage::cacheRoot(const TrainingConfig& config) {
    if (!config.iamCacheRoot.empty()) return config.iamCacheRoot;
    // Beside the slice cache when we may write there; a read-only cache (copied to a GPU server, shared data)
    // sends IAMs to the user's cache folder.
    std::error_code ec;
    const std::filesystem::path beside = config.cache / "iam";
    std::filesystem::create_directories(beside, ec);
    if (!ec && ::access(beside.c_str(), W_OK) == 0) return beside;
    return UserDataPaths::cacheDirectory() / "iam";
}

ImageAlignmentStage::Result ImageAlignmentStage::obtain(const TrainingConfig& config, const TrainingProfile& profile,
                                                        const nlohmann::json& description, const SlicePool& assistant,
                                                        const SlicePool& target, torch::Device device,
                                                        TaskControl& control, TrainingObserver* observer,
                                                        RunFolder& run, const SlicePool* labeledTarget,
                                                        GradientSync* sync,
                                                        const std::function<void(int)>& waitPoint) {
    GradientSync& ranks = sync ? *sync : GradientSync::singleProcess();
    Result result;
    result.hash = hashOf(description);
    result.folder = cacheRoot(config) / result.hash;
    result.description = description;
    const std::filesystem::path weights = result.folder / "iam.pt", index = result.folder / "iam.json";

    if (sameDescriptionStored(index, description) && std::filesystem::exists(weights)) {
        result.module = std::make_shared<ImageAlignmentModule>(profile, config.cycleWeight,
                                                               identityWeight(config, profile), device);
        result.module->load(weights, device);
        result.assistantToTarget = result.module->assistantToTarget();
        result.reused = true;
        const std::string message = "reusing the trained IAM in " + result.folder.string();
        log::info(message);
        if (observer) observer->onMessage(message);
        return result;
    }

    const std::string message = "training the IAM (CycleGAN, " + std::to_string(profile.iamIterations) +
                                " iterations) into " + result.folder.string();
    log::info(message);
    if (observer) observer->onMessage(message);
    // The IAM's own initialisation and data order depend on the seed only.
    torch::manual_seed(config.seed ^ 0x49414dULL);
    result.module = std::make_shared<ImageAlignmentModule>(profile, config.cycleWeight,
                                                           identityWeight(config, profile), device);
    ImageAlignmentModule& trained = *result.module;
    trained.setGradientSync(&ranks); // the generators' and critics' gradients are averaged over the ranks
    const int total = profile.iamIterations;
    const auto batches = iamBatches(config, profile, assistant, target, labeledTarget, ranks.rank());
    SliceBatchLoader& loader = *batches->loader;
    std::map<std::string, double> sums;
    int summed = 0;
    double secondsPerIteration = 0.0;
    for (int it = 0; it < total; ++it) {
        // A cancel that reached one rank (Ctrl-C, SIGTERM) stops every rank at the same iteration.
        if (ranks.anyRank(control.isCancelRequested())) control.requestCancel();
        // Pause and cancel: through the caller's wait point (which records pauses) or the control itself.
        if (waitPoint) waitPoint(it);
        else control.checkpoint();
        const auto started = std::chrono::steady_clock::now();
        const auto batch = loader.next();
        // Constant rate for the first half, then linear decay towards zero (CycleGAN's schedule).
        const double rate = ImageAlignmentModule::learningRateAt(it, total, profile.iamLearningRate);
        const auto losses = trained.step(batch[0].images, batch[1].images, rate, it + 1);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        secondsPerIteration = it == 0 ? seconds : 0.9 * secondsPerIteration + 0.1 * seconds;
        for (const auto& [name, value] : losses) sums[name] += value;
        ++summed;
        if (observer) observer->onIteration(iterationReport(it + 1, total, losses, secondsPerIteration));
        control.report("iam", double(it + 1) / total,
                       "IAM iteration " + std::to_string(it + 1) + "/" + std::to_string(total));
        if ((it + 1) % profile.logInterval == 0 || it + 1 == total) {
            nlohmann::json line{{"kind", "train"}, {"stage", "iam"}, {"iteration", it + 1}, {"learning_rate", rate}};
            for (const auto& [name, sum] : sums) line["losses"][name] = sum / summed;
            if (ranks.isRankZero()) run.appendMetrics(line);
            sums.clear();
            summed = 0;
        }
    }
    if (ranks.isRankZero()) { // the other ranks hold the same weights
        trained.save(weights);
        AtomicFile::writeText(index, description.dump(2) + "\n");
    }
    result.assistantToTarget = trained.assistantToTarget();
    return result;
}

} // namespace crossseg
