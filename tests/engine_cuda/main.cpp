// engine_cuda: the learning engine on a CUDA device against the same engine on the CPU (EngineCudaTest.cpp).
// Without a usable CUDA device it prints why and exits with 77, which ctest reports as skipped (SKIP_RETURN_CODE):
// CI machines and Debian's CPU-only LibTorch skip it; scripts/gpu-check.sh runs it where a GPU is lent.
// `test_engine_cuda NAME...` runs only the named cases.
#include "EngineCudaCheck.h"

#include <c10/util/Exception.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <exception>

namespace crossseg::enginecuda {

std::vector<Case>& cases() {
    static std::vector<Case> all;
    return all;
}

int& failures() {
    static int count = 0;
    return count;
}

bool rehearsal() {
    const char* value = std::getenv("ENGINE_CUDA_REHEARSE");
    return !torch::cuda::is_available() && value && std::string(value) == "cpu";
}

} // namespace crossseg::enginecuda

int main(int argc, char** argv) {
    using namespace crossseg::enginecuda;
    if (rehearsal()) std::cout << "rehearsal: ENGINE_CUDA_REHEARSE=cpu, the CPU stands in for the GPU" << std::endl;
    if (!torch::cuda::is_available() && !rehearsal()) {
        std::cout << "skipped: CUDA not available (LibTorch " << TORCH_VERSION
                  << ": no CUDA build, no driver, or no GPU on this machine)" << std::endl;
        return 77;
    }
    const std::vector<std::string> only(argv + 1, argv + argc);
    int ran = 0, failedCases = 0;
    for (const Case& c : cases()) {
        if (!only.empty() && std::find(only.begin(), only.end(), c.name) == only.end()) continue;
        const int before = failures();
        const auto start = std::chrono::steady_clock::now();
        std::cout << "RUN  " << c.name << std::endl;
        try {
            c.run();
        } catch (const c10::Error& e) {
            ++failures();
            std::cout << "  FAIL LibTorch error: " << e.what_without_backtrace() << std::endl;
        } catch (const std::exception& e) {
            ++failures();
            std::cout << "  FAIL exception: " << e.what() << std::endl;
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        const bool passed = failures() == before;
        failedCases += passed ? 0 : 1;
        ++ran;
        std::cout << (passed ? "PASS " : "FAIL ") << c.name << " (" << int(ms) << " ms)" << std::endl;
    }
    std::cout << "engine_cuda: " << ran - failedCases << " of " << ran << " cases passed on LibTorch " << TORCH_VERSION
              << std::endl;
    return failedCases == 0 && ran > 0 ? 0 : 1;
}
