#pragma once
#include <torch/torch.h>

#include <string>

namespace crossseg {

// Turns --device into a torch::Device: "cpu", "cuda" (device 0) or "cuda:N". When CUDA is not available, or N is
// past the last GPU, it falls back to the CPU and says why in `message` (empty when nothing was changed).
// Anything else is an InputError.
class ComputeDevice {
public:
    static torch::Device resolve(const std::string& requested, std::string& message);
    // Uses every hardware thread for LibTorch's intra-op parallelism (LibTorch defaults to one on some machines).
    static void useAllCpuThreads();
};

} // namespace crossseg
