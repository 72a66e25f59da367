// crossseg bench train: how fast this machine trains a profile's networks. Median step time, images per second
// and achieved GFLOP/s of a U-Net training step (the target-only iteration), of a full mkd-iam iteration (two
// U-Nets, the IAM generator's forward on the MR batch, both updates) and of an IAM (CycleGAN) step. FLOPs are
// counted analytically from the layer shapes (convolutions; backward = 2x forward).
// Options try the speed levers of issue 10 without touching a profile (up-sampling layer, channels-last, bf16,
// threads); --peer runs the PyTorch peer script side by side and prints the ratio; --op-profile shows where a
// U-Net step's time goes.
#include "BenchMachine.h"
#include "BenchStepTimer.h"
#include "CommandRegistry.h"
#include "OpProfile.h"
#include "PeerBenchmark.h"

#include "core/learn/AutocastScope.h"
#include "core/learn/ComputeDevice.h"
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/MutualDistillationTrainer.h"
#include "core/learn/SingleSegmentorTrainer.h"
#include "core/learn/ThreadSettings.h"
#include "core/learn/TrainingProfile.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>

namespace crossseg::cli {
namespace {

constexpr int kClasses = 5; // the abdomen data: background + 4 organs

struct BenchArguments {
    std::string profile = "cpu-quick", device = "cpu", json;
    int steps = 10, warmup = 2, threads = 0, blasThreads = 1; // as training sets it (ComputeDevice)
    std::string upsampling = "pixel-shuffle", precision = "fp32"; // the named profiles' defaults
    bool channelsLast = true, cudnnBenchmark = false, flushDenormals = false;
    std::vector<std::string> measure{"unet_step", "mkd_iam_iteration", "iam_step"};
    int opProfileSteps = 0;
    bool peer = false;
    int peerRounds = 3;
    std::string peerScript;
};

// Everything one measurement needs.
struct BenchContext {
    const BenchArguments& args;
    TrainingProfile profile;
    torch::Device device;
    UNetOptions unet;
    double unetFlops = 0.0;
};

std::vector<StreamBatch> randomBatch(const std::vector<int>& counts, int h, int w, bool labelled) {
    std::vector<StreamBatch> batch;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        StreamBatch s;
        s.images = torch::rand({counts[i], 1, h, w}) * 2.0 - 1.0;
        if (labelled && i < 2) s.labels = torch::randint(0, kClasses, {counts[i], h, w}, torch::kLong);
        batch.push_back(s);
    }
    return batch;
}

bool wanted(const BenchArguments& a, const std::string& key) {
    return std::find(a.measure.begin(), a.measure.end(), key) != a.measure.end();
}

// --op-profile: that many more steps under the autograd profiler, op by op, into the JSON and onto stdout.
void addOpProfile(const BenchContext& c, const std::function<void()>& step, nlohmann::json& result) {
    if (c.args.opProfileSteps <= 0) return;
    result["op_profile"] = OpProfile::run(step, c.args.opProfileSteps);
    std::cout << OpProfile::table(result["op_profile"]) << std::flush;
}

nlohmann::json measureUNetStep(const BenchContext& c, bool opProfile) {
    const TrainingProfile& p = c.profile;
    SingleSegmentorTrainer trainer(c.unet, p, c.device);
    const auto batch = randomBatch({p.batchSize}, p.height, p.width, true);
    long long i = 0;
    const auto step = [&] {
        AutocastScope precision(c.device, c.args.precision);
        trainer.step(batch, p.learningRate, ++i);
    };
    nlohmann::json result =
        BenchStepTimer::time(step, c.args.warmup, c.args.steps, 3.0 * c.unetFlops * p.batchSize, p.batchSize, c.device);
    if (opProfile) addOpProfile(c, step, result);
    return result;
}

nlohmann::json measureMkdIamIteration(const BenchContext& c) {
    const TrainingProfile& p = c.profile;
    ResnetGeneratorOptions g;
    g.channels = p.generatorChannels;
    g.residualBlocks = p.generatorResidualBlocks;
    // The generator has no bilinear twin: any faster U-Net up-sampling asks for its sub-pixel one.
    g.upsampling = c.args.upsampling == "transposed" ? "transposed" : "pixel-shuffle";
    ResnetGenerator generator(g);
    const double generatorFlops = generator->forwardFlops(p.height, p.width);
    MutualDistillationTrainer trainer(c.unet, p, 2.0, 0.5, c.device, generator);
    const auto batch = randomBatch({p.batchSize, p.batchSize, p.unlabeledBatchSize}, p.height, p.width, true);
    // Each U-Net: forward + backward on labelled + unlabelled target and on the aligned MR batch.
    const int perNetwork = 2 * p.batchSize + p.unlabeledBatchSize;
    const double flops = 2.0 * 3.0 * c.unetFlops * perNetwork + generatorFlops * p.batchSize;
    long long i = 0;
    const auto step = [&] {
        AutocastScope precision(c.device, c.args.precision);
        trainer.step(batch, p.learningRate, ++i);
    };
    nlohmann::json result =
        BenchStepTimer::time(step, c.args.warmup, c.args.steps, flops, 2 * p.batchSize + p.unlabeledBatchSize, c.device);
    addOpProfile(c, step, result);
    return result;
}

nlohmann::json measureIamStep(const BenchContext& c) {
    const TrainingProfile& p = c.profile;
    ImageAlignmentModule iam(p, 10.0, 0.5, c.device);
    const torch::Tensor mr = torch::rand({p.iamBatchSize, 1, p.height, p.width}) * 2 - 1;
    const torch::Tensor ct = torch::rand({p.iamBatchSize, 1, p.height, p.width}) * 2 - 1;
    long long i = 0;
    return BenchStepTimer::time(
        [&] {
            AutocastScope precision(c.device, c.args.precision);
            iam.step(mr, ct, p.iamLearningRate, ++i);
        },
        c.args.warmup, c.args.steps, iam.stepFlops(p.iamBatchSize, p.height, p.width), 2 * p.iamBatchSize, c.device);
}

// Our U-Net step and the peer's, alternated `peerRounds` times in the same minute: the ratio of each pair is what
// counts on a shared machine, and the median of the ratios is reported.
nlohmann::json measureAgainstPeer(const BenchContext& c) {
    const TrainingProfile& p = c.profile;
    if (p.height != p.width) throw InputError("--peer needs a square slice size (the peer script takes one size)");
    const auto script = PeerBenchmark::locate(c.args.peerScript);
    if (script.empty())
        throw InputError("--peer: the peer script was not found (give --peer-script or run from the repository root "
                         "next to ../shared/tools/peer/unet_step.py)");
    PeerBenchmark::Network network;
    network.size = p.height;
    network.batch = p.batchSize;
    network.base = p.unetBaseChannels;
    network.levels = p.unetDepth + 1; // the peer counts resolutions
    network.classes = kClasses;
    network.threads = torch::get_num_threads();
    network.steps = c.args.steps;
    nlohmann::json rounds = nlohmann::json::array();
    std::vector<double> ratios;
    for (int round = 0; round < c.args.peerRounds; ++round) {
        const double ours = measureUNetStep(c, false)["median_step_ms"].get<double>();
        const double peer = PeerBenchmark::medianStepMs(script, network);
        ratios.push_back(peer / ours);
        rounds.push_back({{"crossseg_ms", ours}, {"pytorch_ms", peer}, {"speedup", peer / ours}});
        log::info("bench train --peer, round " + std::to_string(round + 1) + ": crossseg " + std::to_string(ours) +
                  " ms, PyTorch eager " + std::to_string(peer) + " ms, crossseg is " + std::to_string(peer / ours) +
                  "x as fast");
    }
    return {{"script", script.string()}, {"rounds", rounds}, {"median_speedup", BenchStepTimer::median(ratios)}};
}

void addOptions(CLI::App& command, BenchArguments& a) {
    command.add_option("--profile", a.profile, TrainingProfile::nameList(" | ") + ", or a JSON profile file")->capture_default_str();
    command.add_option("--device", a.device, "cpu | cuda | cuda:N")->capture_default_str();
    command.add_option("--json", a.json, "Write the results as JSON here")->required();
    command.add_option("--steps", a.steps, "Timed steps per measurement (median reported)")
        ->capture_default_str()->check(CLI::Range(1, 1000));
    command.add_option("--warmup", a.warmup, "Untimed steps first")->capture_default_str()->check(CLI::Range(0, 100));
    command.add_option("--threads", a.threads, "Intra-op threads (0: the hardware threads)")
        ->capture_default_str()->check(CLI::Range(0, 1024));
    command.add_option("--blas-threads", a.blasThreads, "OpenBLAS threads (0: OpenBLAS's default)")
        ->capture_default_str()->check(CLI::Range(0, 1024));
    command.add_option("--measure", a.measure, "What to time: unet_step, mkd_iam_iteration, iam_step")
        ->check(CLI::IsMember({"unet_step", "mkd_iam_iteration", "iam_step"}))->delimiter(',');
    command.add_option("--upsampling", a.upsampling, "U-Net up-sampling: transposed | pixel-shuffle | bilinear")
        ->capture_default_str()->check(CLI::IsMember({"transposed", "pixel-shuffle", "bilinear"}));
    command.add_flag("--channels-last", a.channelsLast, "U-Net parameters and activations in channels-last layout (default on; --channels-last=false for the old layout)");
    command.add_option("--precision", a.precision, "fp32 | bf16 (autocast around each step)")
        ->capture_default_str()->check(CLI::IsMember({"fp32", "bf16"}));
    command.add_flag("--cudnn-benchmark", a.cudnnBenchmark, "Let cuDNN pick convolution algorithms by timing (CUDA)");
    command.add_flag("--flush-denormals", a.flushDenormals, "Flush denormal floats to zero on the CPU (profile parameter flush_denormals; off in the named profiles)");
    command.add_option("--op-profile", a.opProfileSteps, "Profile this many more U-Net steps and mkd-iam iterations op by op (autograd profiler)")
        ->capture_default_str()->check(CLI::Range(0, 100));
    command.add_flag("--peer", a.peer, "Also run the PyTorch peer script side by side and print the speed ratio");
    command.add_option("--peer-rounds", a.peerRounds, "Alternations of our U-Net step and the peer's")
        ->capture_default_str()->check(CLI::Range(1, 20));
    command.add_option("--peer-script", a.peerScript, "The peer script (default ../shared/tools/peer/unet_step.py)");
}

void runBenchTrain(const BenchArguments& a) {
    std::string message;
    const torch::Device device = ComputeDevice::resolve(a.device, message);
    if (!message.empty()) log::warn(message);
    ThreadSettings::useIntraOpThreads(a.threads);
    ThreadSettings::setCudnnBenchmark(a.cudnnBenchmark);
    if (!ThreadSettings::setFlushDenormals(a.flushDenormals)) log::warn("--flush-denormals: not supported by this CPU");
    if (a.blasThreads > 0 && !ThreadSettings::setBlasThreads(a.blasThreads))
        log::warn("--blas-threads: no OpenBLAS in this process");
    BenchContext c{a, TrainingProfile::resolve(a.profile), device, UNetOptions{}, 0.0};
    c.unet.classes = kClasses;
    c.unet.depth = c.profile.unetDepth;
    c.unet.baseChannels = c.profile.unetBaseChannels;
    c.unet.normalization = c.profile.normalization;
    c.unet.upsampling = a.upsampling;
    c.unet.channelsLast = a.channelsLast;
    torch::manual_seed(0);
    c.unetFlops = UNet(c.unet)->forwardFlops(c.profile.height, c.profile.width);

    nlohmann::json result;
    const std::vector<std::pair<std::string, nlohmann::json (*)(const BenchContext&)>> measurements{
        {"unet_step", [](const BenchContext& b) { return measureUNetStep(b, true); }}, {"mkd_iam_iteration", &measureMkdIamIteration}, {"iam_step", &measureIamStep}};
    for (const auto& [key, measure] : measurements) {
        if (!wanted(a, key)) continue;
        log::info("bench train: " + key);
        result[key] = measure(c);
        log::info(key + ": " + std::to_string(result[key]["median_step_ms"].get<double>()) + " ms, " +
                  std::to_string(result[key]["images_per_second"].get<double>()) + " images/s, " +
                  std::to_string(result[key]["achieved_gflops"].get<double>()) + " GFLOP/s");
    }
    if (a.peer) result["peer"] = measureAgainstPeer(c);
    result["profile"] = c.profile.toJson();
    result["device"] = device.str();
    result["torch_threads"] = torch::get_num_threads();
    // What a worker thread (a data loader) gets: its ATen ops run on an OpenMP team of this size.
    int workerTeam = 0;
    std::thread([&workerTeam] { workerTeam = ThreadSettings::callingThreadTeamSize(); }).join();
    result["openmp_team_of_a_new_thread"] = workerTeam;
    result["options"] = {{"upsampling", a.upsampling}, {"channels_last", a.channelsLast},
                         {"precision", a.precision}, {"cudnn_benchmark", a.cudnnBenchmark},
                         {"flush_denormals", a.flushDenormals},
                         {"blas_threads", a.blasThreads}};
    result["libtorch"] = TORCH_VERSION;
    result["machine"] = BenchMachine::describe();
    int64_t parameters = 0;
    for (const auto& t : UNet(c.unet)->parameters()) parameters += t.numel();
    result["unet_parameters"] = parameters;
    AtomicFile::writeText(a.json, result.dump(2) + "\n");
    if (a.peer)
        log::info("crossseg U-Net step vs PyTorch eager: " +
                  std::to_string(result["peer"]["median_speedup"].get<double>()) + "x (median of " +
                  std::to_string(a.peerRounds) + " side-by-side rounds)");
}

void setupBenchTrain(CLI::App& command) {
    auto a = std::make_shared<BenchArguments>();
    addOptions(command, *a);
    command.callback([a] { runBenchTrain(*a); });
}

const bool registered = CommandRegistry::add("bench", "train", "Training speed of a profile's networks", &setupBenchTrain);

} // namespace
} // namespace crossseg::cli
