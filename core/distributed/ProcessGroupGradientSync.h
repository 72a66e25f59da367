#pragma once
#include "core/distributed/DistributedEnvironment.h"
#include "core/distributed/GradientSync.h"

#include <memory>
#include <string>

namespace crossseg {

// GradientSync over a torch c10d process group: a TCPStore rendezvous at MASTER_ADDR:MASTER_PORT (rank 0
// listens), then ProcessGroupGloo (CPU tensors) or ProcessGroupNCCL (CUDA tensors). Every wait on the other
// ranks is bounded by the environment's timeout; failures become std::runtime_error messages that say which rank
// saw what, and a CollectiveWatchdog ends the process (exit 1) should a backend ever block past the timeout.
class ProcessGroupGradientSync : public GradientSync {
public:
    // Joins the run: rendezvous, then the process group of `backend` ("gloo" or "nccl") for tensors on `device`.
    // Throws InputError when the port is taken, and std::runtime_error when a rank does not join in time or the
    // backend cannot start; each message names the address, the ranks and the timeout.
    ProcessGroupGradientSync(const DistributedEnvironment& environment, const std::string& backend,
                             torch::Device device);
    ~ProcessGroupGradientSync() override;

    int rank() const override;
    int worldSize() const override;
    std::string backend() const override;

    using GradientSync::averageGradients;
    void averageGradients(const std::vector<torch::Tensor>& parameters) override;
    void broadcastFromRankZero(torch::nn::Module& network) override;
    void averageBuffers(torch::nn::Module& network) override;
    bool anyRank(bool local) override;
    void barrier() override;

    // Tensors larger than this are reduced in several all-reduces (buckets) instead of one.
    static constexpr std::int64_t kBucketBytes = 64LL << 20;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace crossseg
