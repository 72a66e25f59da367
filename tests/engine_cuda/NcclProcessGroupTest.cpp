// The NCCL process group on one GPU: the c10d path a multi-GPU run takes (TCPStore rendezvous, ProcessGroupNCCL,
// all-reduce, broadcast, the stop agreement, the barrier), opened as a run of one rank. `crossseg train` never opens
// it for one process (a world size of 1 is not distributed), and NCCL refuses two ranks on the same GPU, so on a
// one-GPU machine this is the check that NCCL works with our code at all. A build without NCCL says so and passes:
// that is the CPU-only LibTorch's normal state, and the gpu-check summary shows the line.
#include "EngineCudaCheck.h"

#include "core/distributed/DistributedBackends.h"
#include "core/distributed/DistributedSession.h"
#include "core/distributed/ProcessGroupGradientSync.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/UNet.h"

#include <torch/torch.h>

#include <unistd.h>

namespace crossseg {

ENGINE_CUDA_CASE(ncclProcessGroupOfOneRank) {
    // A rehearsal (EngineCudaCheck.h) takes the same path with Gloo on the CPU.
    const torch::Device cuda = enginecuda::rehearsal() ? torch::Device(torch::kCPU) : torch::Device(torch::kCUDA, 0);
    const std::string expected = cuda.is_cuda() ? "nccl" : "gloo";
    if (cuda.is_cuda() && !distributed_backends::kNccl) {
        std::cout << "  NCCL not checked: not part of this build (backends: " << DistributedSession::availableBackends()
                  << ")" << std::endl;
        return;
    }
    DistributedEnvironment environment;
    environment.enabled = true;
    environment.launcher = "torchrun";
    environment.masterAddr = "127.0.0.1";
    environment.masterPort = 29600 + int(::getpid() % 300);
    environment.timeout = std::chrono::seconds(60);
    ProcessGroupGradientSync sync(environment, DistributedSession::backendFor(cuda), cuda);
    ENGINE_CUDA_CHECK(sync.backend() == expected, "backend " << sync.backend());
    ENGINE_CUDA_CHECK(sync.worldSize() == 1 && sync.rank() == 0, "rank " << sync.rank() << " of " << sync.worldSize());

    UNetOptions options;
    options.depth = 2;
    options.baseChannels = 8;
    options.classes = 5;
    torch::manual_seed(10);
    UNet network(options);
    network->to(cuda);
    network->forward(torch::rand({2, 1, 32, 32}, cuda)).square().mean().backward();
    std::vector<torch::Tensor> gradients, weights;
    for (const auto& p : network->parameters()) {
        gradients.push_back(p.grad().clone());
        weights.push_back(p.detach().clone());
    }
    sync.averageGradients(*network); // the mean over one rank: the same numbers
    sync.broadcastFromRankZero(*network);
    const auto parameters = network->parameters();
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        ENGINE_CUDA_CHECK(torch::equal(parameters[i].grad(), gradients[i]), "gradient " << i << " changed");
        ENGINE_CUDA_CHECK(torch::equal(parameters[i].detach(), weights[i]), "weight " << i << " changed");
    }
    ENGINE_CUDA_CHECK(sync.anyRank(true), "the stop agreement lost a stop");
    ENGINE_CUDA_CHECK(!sync.anyRank(false), "the stop agreement invented a stop");
    sync.barrier();
    std::cout << "  " << expected << " process group of one rank: all-reduce, broadcast, stop agreement, barrier done"
              << std::endl;
}

} // namespace crossseg
