#include "core/learn/ComputeDevice.h"

#include "core/learn/ThreadSettings.h"
#include "core/util/InputError.h"

#include <thread>

namespace crossseg {

torch::Device ComputeDevice::resolve(const std::string& requested, std::string& message) {
    message.clear();
    if (requested.empty() || requested == "cpu") return torch::Device(torch::kCPU);
    int index = 0;
    if (requested.rfind("cuda", 0) != 0 || (requested.size() > 4 && requested[4] != ':'))
        throw InputError("unknown device '" + requested + "' (expected cpu, cuda or cuda:N)");
    if (requested.size() > 5) {
        try {
            std::size_t used = 0;
            index = std::stoi(requested.substr(5), &used);
            if (used != requested.size() - 5 || index < 0) throw std::invalid_argument("");
        } catch (const std::exception&) {
            throw InputError("unknown device '" + requested + "' (expected cpu, cuda or cuda:N)");
        }
    } else if (requested.size() == 5) {
        throw InputError("unknown device '" + requested + "' (expected cpu, cuda or cuda:N)");
    }
    if (!torch::cuda::is_available()) {
        message = "CUDA is not available in this build or on this machine: using the CPU instead of " + requested;
        return torch::Device(torch::kCPU);
    }
    const int count = int(torch::cuda::device_count());
    if (index >= count) {
        message = requested + " does not exist (" + std::to_string(count) + " CUDA device(s)): using the CPU";
        return torch::Device(torch::kCPU);
    }
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

void ComputeDevice::useAllCpuThreads() {
    const unsigned threads = std::thread::hardware_concurrency();
    if (threads > 0) torch::set_num_threads(int(threads));
    // LibTorch calls OpenBLAS from inside its own OpenMP regions; OpenBLAS's pthread pool then spins against the
    // OpenMP team on the same cores. One BLAS thread changes no number and made a U-Net step 1.6x faster
    // (docs/BENCHMARKS.md, "Training speed at the machine's limit").
    ThreadSettings::setBlasThreads(1);
}

} // namespace crossseg
