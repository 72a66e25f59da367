// crossseg bench train: how fast this machine trains a profile's networks. Median step time, images per second
// and achieved GFLOP/s of a U-Net training step (the target-only iteration), of a full mkd-iam iteration (two
// U-Nets, the IAM generator's forward on the MR batch, both updates) and of an IAM (CycleGAN) step. FLOPs are
// counted analytically from the layer shapes (convolutions; backward = 2x forward).
#include "BenchMachine.h"
#include "CommandRegistry.h"

#include "core/learn/ComputeDevice.h"
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/MutualDistillationTrainer.h"
#include "core/learn/SingleSegmentorTrainer.h"
#include "core/learn/TrainingProfile.h"
#include "core/util/AtomicFile.h"
#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <functional>
#include <memory>
#include <thread>
#include <unistd.h>

namespace crossseg::cli {
namespace {

constexpr int kClasses = 5; // the abdomen data: background + 4 organs

struct BenchArguments {
    std::string profile = "cpu-quick", device = "cpu", json;
    int steps = 10, warmup = 2;
};

void synchronize(torch::Device device) {
#if TORCH_VERSION_MAJOR >= 2
    if (device.is_cuda()) torch::cuda::synchronize(device.index());
#else
    // LibTorch 1.13 has no torch::cuda::synchronize: reading one value back waits for the queue.
    if (device.is_cuda()) torch::zeros({1}, torch::TensorOptions().device(device)).cpu();
#endif
}

nlohmann::json timeSteps(const std::function<void()>& step, int warmup, int steps, double flopsPerStep,
                         int imagesPerStep, torch::Device device) {
    for (int i = 0; i < warmup; ++i) step();
    synchronize(device);
    std::vector<double> ms;
    for (int i = 0; i < steps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        step();
        synchronize(device);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : 0.5 * (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]);
    return {{"median_step_ms", median},
            {"min_step_ms", ms.front()},
            {"max_step_ms", ms.back()},
            {"images_per_second", imagesPerStep / (median / 1000.0)},
            {"gflop_per_step", flopsPerStep / 1e9},
            {"achieved_gflops", flopsPerStep / 1e9 / (median / 1000.0)},
            {"images_per_step", imagesPerStep},
            {"steps", steps}};
}

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

void setupBenchTrain(CLI::App& command) {
    auto a = std::make_shared<BenchArguments>();
    command.add_option("--profile", a->profile, "smoke | demo | cpu-quick | paper, or a JSON profile file")->capture_default_str();
    command.add_option("--device", a->device, "cpu | cuda | cuda:N")->capture_default_str();
    command.add_option("--json", a->json, "Write the results as JSON here")->required();
    command.add_option("--steps", a->steps, "Timed steps per measurement (median reported)")
        ->capture_default_str()->check(CLI::Range(1, 1000));
    command.add_option("--warmup", a->warmup, "Untimed steps first")->capture_default_str()->check(CLI::Range(0, 100));
    command.callback([a] {
        const TrainingProfile p = TrainingProfile::resolve(a->profile);
        ComputeDevice::useAllCpuThreads();
        std::string message;
        const torch::Device device = ComputeDevice::resolve(a->device, message);
        if (!message.empty()) log::warn(message);
        torch::manual_seed(0);
        UNetOptions unet;
        unet.classes = kClasses;
        unet.depth = p.unetDepth;
        unet.baseChannels = p.unetBaseChannels;
        unet.normalization = p.normalization;
        const double unetFlops = UNet(unet)->forwardFlops(p.height, p.width);
        nlohmann::json result;

        log::info("bench train: U-Net step, batch " + std::to_string(p.batchSize) + " x " + std::to_string(p.height) +
                  "x" + std::to_string(p.width));
        {
            SingleSegmentorTrainer trainer(unet, p, device);
            const auto batch = randomBatch({p.batchSize}, p.height, p.width, true);
            long long i = 0;
            result["unet_step"] = timeSteps([&] { trainer.step(batch, p.learningRate, ++i); }, a->warmup, a->steps,
                                            3.0 * unetFlops * p.batchSize, p.batchSize, device);
        }
        log::info("bench train: full mkd-iam iteration");
        {
            ResnetGeneratorOptions g;
            g.channels = p.generatorChannels;
            g.residualBlocks = p.generatorResidualBlocks;
            ResnetGenerator generator(g);
            const double generatorFlops = generator->forwardFlops(p.height, p.width);
            MutualDistillationTrainer trainer(unet, p, 2.0, 0.5, device, generator);
            const auto batch = randomBatch({p.batchSize, p.batchSize, p.unlabeledBatchSize}, p.height, p.width, true);
            // Each U-Net: forward + backward on labelled + unlabelled target and on the aligned MR batch.
            const int perNetwork = 2 * p.batchSize + p.unlabeledBatchSize;
            const double flops = 2.0 * 3.0 * unetFlops * perNetwork + generatorFlops * p.batchSize;
            long long i = 0;
            result["mkd_iam_iteration"] = timeSteps([&] { trainer.step(batch, p.learningRate, ++i); }, a->warmup,
                                                    a->steps, flops, 2 * p.batchSize + p.unlabeledBatchSize, device);
        }
        log::info("bench train: IAM (CycleGAN) step, batch " + std::to_string(p.iamBatchSize));
        {
            ImageAlignmentModule iam(p, 10.0, 0.5, device);
            const torch::Tensor mr = torch::rand({p.iamBatchSize, 1, p.height, p.width}) * 2 - 1;
            const torch::Tensor ct = torch::rand({p.iamBatchSize, 1, p.height, p.width}) * 2 - 1;
            long long i = 0;
            result["iam_step"] = timeSteps([&] { iam.step(mr, ct, p.iamLearningRate, ++i); }, a->warmup, a->steps,
                                           iam.stepFlops(p.iamBatchSize, p.height, p.width), 2 * p.iamBatchSize, device);
        }
        result["profile"] = p.toJson();
        result["device"] = device.str();
        result["torch_threads"] = torch::get_num_threads();
        result["libtorch"] = TORCH_VERSION;
        result["machine"] = BenchMachine::describe();
        result["unet_parameters"] = [&] {
            int64_t n = 0;
            for (const auto& t : UNet(unet)->parameters()) n += t.numel();
            return n;
        }();
        AtomicFile::writeText(a->json, result.dump(2) + "\n");
        for (const char* key : {"unet_step", "mkd_iam_iteration", "iam_step"})
            log::info(std::string(key) + ": " + std::to_string(result[key]["median_step_ms"].get<double>()) + " ms, " +
                      std::to_string(result[key]["images_per_second"].get<double>()) + " images/s, " +
                      std::to_string(result[key]["achieved_gflops"].get<double>()) + " GFLOP/s");
    });
}

const bool registered = CommandRegistry::add("bench", "train", "Training speed of a profile's networks", &setupBenchTrain);

} // namespace
} // namespace crossseg::cli
