#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace crossseg::ui {

// The devices a training can run on: always the CPU, plus each CUDA device LibTorch can use, with its name and
// memory. LibTorch only tells how many CUDA devices there are; the name and memory come from the CUDA driver
// library, opened at run time so that the Studio needs no CUDA at build time (Debian's LibTorch is CPU-only).
struct ComputeDevice {
    std::string id;               // "cpu", "cuda:0", ...
    std::string name;             // "CPU (16 threads)", "NVIDIA H100 80GB HBM3"
    std::uint64_t memoryBytes = 0; // 0 when unknown (CPU)
};

class ComputeDeviceList {
public:
    static std::vector<ComputeDevice> available();
};

} // namespace crossseg::ui
