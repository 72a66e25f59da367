#include "ui/model/ComputeDeviceList.h"

#include <torch/cuda.h>

#include <dlfcn.h>

#include <thread>

namespace crossseg::ui {

namespace {

// The few CUDA driver entry points used, declared by hand (documented C ABI: int results, 0 = success).
using CuInit = int (*)(unsigned int);
using CuDeviceGet = int (*)(int*, int);
using CuDeviceGetName = int (*)(char*, int, int);
using CuDeviceTotalMem = int (*)(std::size_t*, int);

// Fills name and memory of CUDA device `ordinal` from libcuda; leaves them as they are when that fails.
void describeWithDriver(int ordinal, ComputeDevice& device) {
    void* driver = dlopen("libcuda.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!driver) return;
    auto init = reinterpret_cast<CuInit>(dlsym(driver, "cuInit"));
    auto get = reinterpret_cast<CuDeviceGet>(dlsym(driver, "cuDeviceGet"));
    auto getName = reinterpret_cast<CuDeviceGetName>(dlsym(driver, "cuDeviceGetName"));
    auto totalMem = reinterpret_cast<CuDeviceTotalMem>(dlsym(driver, "cuDeviceTotalMem_v2"));
    int handle = 0;
    if (init && get && init(0) == 0 && get(&handle, ordinal) == 0) {
        char name[256] = {};
        if (getName && getName(name, sizeof(name) - 1, handle) == 0) device.name = name;
        std::size_t bytes = 0;
        if (totalMem && totalMem(&bytes, handle) == 0) device.memoryBytes = bytes;
    }
    dlclose(driver);
}

} // namespace

std::vector<ComputeDevice> ComputeDeviceList::available() {
    std::vector<ComputeDevice> devices;
    devices.push_back({"cpu", "CPU (" + std::to_string(std::thread::hardware_concurrency()) + " threads)", 0});
    const int cudaCount = static_cast<int>(torch::cuda::device_count());
    for (int i = 0; i < cudaCount; ++i) {
        ComputeDevice device{"cuda:" + std::to_string(i), "CUDA device " + std::to_string(i), 0};
        describeWithDriver(i, device);
        devices.push_back(device);
    }
    return devices;
}

} // namespace crossseg::ui
