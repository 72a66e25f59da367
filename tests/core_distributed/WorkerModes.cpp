#include "WorkerModes.h"

#include "core/distributed/DataShard.h"
#include "core/distributed/DistributedEnvironment.h"
#include "core/distributed/DistributedSession.h"
#include "core/distributed/LocalLauncher.h"
#include "core/distributed/SlurmJobScript.h"
#include "core/learn/PatchDiscriminator.h"
#include "core/learn/ResnetGenerator.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/UNet.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

namespace crossseg::test {
namespace {

std::atomic<bool> terminated{false};
extern "C" void onTerminate(int) { terminated.store(true); }

std::unique_ptr<GradientSync> join() {
    return DistributedSession::open(DistributedEnvironment::detect(DistributedMode::Auto), torch::Device(torch::kCPU));
}

// Every rank fills a gradient with rank + 1: the average is (world + 1) / 2 everywhere. Also checks anyRank.
int allReduceWorker() {
    auto sync = join();
    torch::nn::Linear layer(10, 100);
    for (auto& p : layer->parameters()) p.mutable_grad() = torch::full_like(p, double(sync->rank() + 1));
    sync->averageGradients(*layer);
    const double expected = (sync->worldSize() + 1) / 2.0;
    for (const auto& p : layer->parameters())
        if ((p.grad() - expected).abs().max().item<double>() > 1e-6) {
            std::cerr << "rank " << sync->rank() << ": wrong average" << std::endl;
            return 3;
        }
    const bool anyone = sync->anyRank(sync->rank() == sync->worldSize() - 1);
    const bool nobody = sync->anyRank(false);
    if (!anyone || nobody) return 4;
    sync->barrier();
    std::cout << "all-reduce ok: rank " << sync->rank() << " of " << sync->worldSize() << " backend "
              << sync->backend() << std::endl;
    return 0;
}

int equivalenceWorker(const std::string& folder, int steps) {
    auto sync = join();
    // Each rank starts from other random weights on purpose: the broadcast must make them equal.
    const auto parameters = trainTinyNetwork(*sync, {sync->rank()}, steps, 42, 1000 + std::uint64_t(sync->rank()));
    torch::save(parameters, folder + "/rank" + std::to_string(sync->rank()) + ".pt");
    return 0;
}

// Joins, says "ready", then averages gradients until a peer fails (a test kills or stops one rank).
int loopWorker() {
    auto sync = join();
    torch::nn::Linear layer(64, 64);
    for (auto& p : layer->parameters()) p.mutable_grad() = torch::ones_like(p);
    std::cout << "ready" << std::endl;
    for (;;) {
        sync->averageGradients(*layer);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

// Median all-reduce time of float32 buffers of the given element counts; rank 0 prints "elements ms" lines.
int benchWorker(const std::vector<std::string>& counts) {
    auto sync = join();
    for (const auto& text : counts) {
        const std::int64_t n = std::stoll(text);
        torch::Tensor parameter = torch::zeros({n}).requires_grad_(true);
        parameter.mutable_grad() = torch::ones({n});
        std::vector<double> times;
        for (int repeat = 0; repeat < 23; ++repeat) {
            sync->barrier();
            const auto start = std::chrono::steady_clock::now();
            sync->averageGradients(std::vector<torch::Tensor>{parameter});
            times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        times.erase(times.begin(), times.begin() + 3); // warm-up
        std::sort(times.begin(), times.end());
        if (sync->isRankZero()) std::cout << "allreduce " << n << " " << times[times.size() / 2] << std::endl;
    }
    return 0;
}

// For the launcher tests: announce the start in FOLDER, then exit with WORKER_EXIT_<rank> (default: wait for
// SIGTERM/SIGINT, record it and exit 130).
int launchedWorker(const std::string& folder) {
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    const std::string rank = std::getenv("RANK") ? std::getenv("RANK") : "?";
    std::ofstream(folder + "/started-" + rank) << std::getenv("WORLD_SIZE") << " " << std::getenv("MASTER_PORT") << " "
                                               << (std::getenv("SLURM_PROCID") ? "slurm" : "none") << "\n";
    if (const char* code = std::getenv(("WORKER_EXIT_" + rank).c_str())) {
        // Exit once every rank has started (and so installed its signal handlers).
        const int world = std::atoi(std::getenv("WORLD_SIZE"));
        for (int waited = 0; waited < 10000; waited += 20) {
            int started = 0;
            for (int r = 0; r < world; ++r) started += std::ifstream(folder + "/started-" + std::to_string(r)).good();
            if (started == world) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return std::atoi(code);
    }
    while (!terminated.load()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::ofstream(folder + "/terminated-" + rank) << "signal\n";
    return 130;
}

} // namespace

std::pair<torch::Tensor, torch::Tensor> tinyBatch(std::uint64_t seed, int step, int shard) {
    std::mt19937_64 random(DataShard::loaderSeed(seed, shard) ^ (std::uint64_t(step) * 0x9e3779b97f4a7c15ULL));
    std::normal_distribution<float> normal;
    torch::Tensor x = torch::empty({8, 6});
    torch::Tensor y = torch::empty({8}, torch::kLong);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 6; ++j) x[i][j] = normal(random);
        y[i] = std::int64_t(random() % 3);
    }
    return {x, y};
}

std::vector<torch::Tensor> trainTinyNetwork(GradientSync& sync, const std::vector<int>& shards, int steps,
                                            std::uint64_t seed, std::uint64_t initSeed) {
    torch::manual_seed(initSeed);
    torch::nn::Sequential network(torch::nn::Linear(6, 16), torch::nn::Tanh(), torch::nn::Linear(16, 3));
    sync.broadcastFromRankZero(*network);
    torch::optim::Adam optimizer(network->parameters(), torch::optim::AdamOptions(0.05));
    for (int step = 0; step < steps; ++step) {
        std::vector<torch::Tensor> xs, ys;
        for (int shard : shards) {
            auto [x, y] = tinyBatch(seed, step, shard);
            xs.push_back(x);
            ys.push_back(y);
        }
        optimizer.zero_grad();
        torch::nn::functional::cross_entropy(network->forward(torch::cat(xs)), torch::cat(ys)).backward();
        sync.averageGradients(*network);
        optimizer.step();
    }
    std::vector<torch::Tensor> result;
    for (const auto& p : network->parameters()) result.push_back(p.detach().clone());
    return result;
}

// Parameters of each network of each named profile (5 classes): what one all-reduce per network exchanges.
int networkSizes() {
    const auto count = [](torch::nn::Module& m) {
        std::int64_t n = 0;
        for (const auto& p : m.parameters()) n += p.numel();
        return n;
    };
    for (const auto& name : TrainingProfile::names()) {
        const TrainingProfile p = TrainingProfile::named(name);
        UNetOptions u;
        u.classes = 5;
        u.depth = p.unetDepth;
        u.baseChannels = p.unetBaseChannels;
        u.normalization = p.normalization;
        ResnetGeneratorOptions g;
        g.channels = p.generatorChannels;
        g.residualBlocks = p.generatorResidualBlocks;
        PatchDiscriminatorOptions d;
        d.channels = p.discriminatorChannels;
        d.layers = p.discriminatorLayers;
        UNet unet(u);
        ResnetGenerator generator(g);
        PatchDiscriminator critic(d);
        std::cout << name << " " << p.height << " unet " << count(*unet) << " generator " << count(*generator)
                  << " critic " << count(*critic) << " batch " << p.batchSize << " unet_gflop_per_image "
                  << unet->forwardFlops(p.height, p.width) / 1e9 << " generator_gflop_per_image "
                  << generator->forwardFlops(p.height, p.width) / 1e9 << " critic_gflop_per_image "
                  << critic->forwardFlops(p.height, p.width) / 1e9 << std::endl;
    }
    return 0;
}

int runWorker(const std::vector<std::string>& arguments) {
    try {
        const std::string mode = arguments.empty() ? "" : arguments[0];
        if (mode == "allreduce") return allReduceWorker();
        if (mode == "equivalence" && arguments.size() == 3) return equivalenceWorker(arguments[1], std::stoi(arguments[2]));
        if (mode == "loop") return loopWorker();
        if (mode == "bench") return benchWorker({arguments.begin() + 1, arguments.end()});
        if (mode == "launched" && arguments.size() == 2) return launchedWorker(arguments[1]);
        if (mode == "network-sizes") return networkSizes();
        if (mode == "render-sbatch") { // regenerates packaging/slurm/crossseg-train.sbatch
            std::cout << SlurmJobScript::render({});
            return 0;
        }
        std::cerr << "unknown worker mode" << std::endl;
        return 64;
    } catch (const std::exception& e) {
        std::cerr << "worker failed: " << e.what() << std::endl;
        return 1;
    }
}

} // namespace crossseg::test
