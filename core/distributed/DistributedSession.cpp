#include "core/distributed/DistributedSession.h"

#include "core/distributed/DistributedBackends.h"
#include "core/distributed/ProcessGroupGradientSync.h"
#include "core/util/InputError.h"

#include <torch/version.h>

namespace crossseg {

std::string DistributedSession::backendFor(torch::Device device) {
    const std::string libtorch = "LibTorch " TORCH_VERSION;
    if (device.is_cuda()) {
        if (distributed_backends::kNccl) return "nccl";
        throw InputError("distributed training on CUDA needs NCCL, which this build (" + libtorch +
                         ", backends: " + availableBackends() +
                         ") lacks: build against PyTorch's CUDA LibTorch with nccl.h on the include path "
                         "(docs/SCALING.md), or train on the CPU with --device cpu (Gloo)");
    }
    if (device.is_cpu()) {
        if (distributed_backends::kGloo) return "gloo";
        throw InputError("distributed training on the CPU needs Gloo, which this build (" + libtorch +
                         ") lacks: use a LibTorch built with USE_DISTRIBUTED and Gloo (Debian's libtorch-dev with "
                         "libgloo-dev, or PyTorch's)");
    }
    throw InputError("distributed training supports CPU (Gloo) and CUDA (NCCL) devices, not " + device.str());
}

std::string DistributedSession::availableBackends() {
    std::string list;
    if (distributed_backends::kGloo) list = "gloo";
    if (distributed_backends::kNccl) list += list.empty() ? "nccl" : ", nccl";
    return list.empty() ? "none" : list;
}

std::unique_ptr<GradientSync> DistributedSession::open(const DistributedEnvironment& environment,
                                                       torch::Device device) {
    if (!environment.enabled) return std::make_unique<GradientSync>();
    return std::make_unique<ProcessGroupGradientSync>(environment, backendFor(device), device);
}

} // namespace crossseg
