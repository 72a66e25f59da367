#include "BenchStepTimer.h"

#include <algorithm>
#include <chrono>

namespace crossseg::cli {

void BenchStepTimer::synchronize(torch::Device device) {
#if TORCH_VERSION_MAJOR >= 2
    if (device.is_cuda()) torch::cuda::synchronize(device.index());
#else
    // LibTorch 1.13 has no torch::cuda::synchronize: reading one value back waits for the queue.
    if (device.is_cuda()) torch::zeros({1}, torch::TensorOptions().device(device)).cpu();
#endif
}

double BenchStepTimer::median(std::vector<double> values) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

nlohmann::json BenchStepTimer::time(const std::function<void()>& step, int warmup, int steps, double flopsPerStep,
                                    int imagesPerStep, torch::Device device) {
    for (int i = 0; i < warmup; ++i) step();
    synchronize(device);
    std::vector<double> ms;
    for (int i = 0; i < steps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        step();
        synchronize(device);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double m = median(ms);
    return {{"median_step_ms", m},
            {"min_step_ms", *std::min_element(ms.begin(), ms.end())},
            {"max_step_ms", *std::max_element(ms.begin(), ms.end())},
            {"images_per_second", imagesPerStep / (m / 1000.0)},
            {"gflop_per_step", flopsPerStep / 1e9},
            {"achieved_gflops", flopsPerStep / 1e9 / (m / 1000.0)},
            {"images_per_step", imagesPerStep},
            {"steps", steps}};
}

} // namespace crossseg::cli
