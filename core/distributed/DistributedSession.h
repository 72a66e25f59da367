#pragma once
#include "core/distributed/DistributedEnvironment.h"
#include "core/distributed/GradientSync.h"

#include <memory>
#include <string>

namespace crossseg {

// The door the engine uses: one call turns the launcher's environment and the training device into the
// GradientSync the trainers call.
class DistributedSession {
public:
    // A single-process GradientSync when the environment is not distributed; otherwise joins the other ranks
    // (ProcessGroupGradientSync) with the backend the device needs. Throws InputError when that backend is
    // missing from this LibTorch (the message says which one and what to do) or the port is taken, and
    // std::runtime_error when the other ranks cannot be reached in time.
    static std::unique_ptr<GradientSync> open(const DistributedEnvironment& environment, torch::Device device);

    // "gloo" for CPU tensors, "nccl" for CUDA ones; throws InputError when this build lacks it.
    static std::string backendFor(torch::Device device);

    // The backends this build offers, e.g. "gloo" or "gloo, nccl" ("none" without torch.distributed).
    static std::string availableBackends();
};

} // namespace crossseg
