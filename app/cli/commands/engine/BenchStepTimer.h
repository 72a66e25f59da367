#pragma once
#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <functional>

namespace crossseg::cli {

// Times a step the way every bench command reports it: `warmup` untimed steps, then `steps` timed ones, the
// device queue drained after each (CUDA runs asynchronously), median / min / max in milliseconds.
class BenchStepTimer {
public:
    static void synchronize(torch::Device device);
    // {"median_step_ms", "min_step_ms", "max_step_ms", "images_per_second", "gflop_per_step", "achieved_gflops",
    //  "images_per_step", "steps"}
    static nlohmann::json time(const std::function<void()>& step, int warmup, int steps, double flopsPerStep,
                               int imagesPerStep, torch::Device device);
    static double median(std::vector<double> values);
};

} // namespace crossseg::cli
