#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace crossseg::cli {

// Where the time of a training step goes: runs `step` a few times under LibTorch's autograd profiler (the legacy,
// CPU-only one: Debian's LibTorch has no Kineto) and sums each operator's self time (its time minus the time of
// the operators it called), so that the shares add up to the profiled time. Autograd's backward nodes
// ("ConvolutionBackward0" ...) appear with their own self time (bookkeeping) and the aten ops they call.
// Available with LibTorch 1.x; with 2.x `available()` is false and `run` returns an empty object.
class OpProfile {
public:
    static bool available();
    // {"steps", "profiled_ms_per_step", "ops": [{"op", "self_ms_per_step", "share", "calls_per_step"}...]} sorted by
    // self time, the smallest merged into "(other)" once `top` ops are listed.
    static nlohmann::json run(const std::function<void()>& step, int steps, int top = 25);
    // A fixed-width table of `run`'s result, one op per line.
    static std::string table(const nlohmann::json& profile);
};

} // namespace crossseg::cli
