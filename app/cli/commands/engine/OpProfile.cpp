#include "OpProfile.h"

#include <torch/torch.h>
#if TORCH_VERSION_MAJOR < 2
#include <torch/csrc/autograd/profiler_legacy.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <vector>

namespace crossseg::cli {
namespace {

struct OpTotals {
    double selfUs = 0.0;
    long long calls = 0;
};

#if TORCH_VERSION_MAJOR < 2
namespace profiler = torch::autograd::profiler;

// Self time per op name from one thread's push/pop events (properly nested within a thread).
void accumulate(const std::vector<profiler::LegacyEvent>& events, std::map<std::string, OpTotals>& totals) {
    struct Frame {
        const profiler::LegacyEvent* push;
        double childrenUs;
    };
    std::vector<Frame> stack;
    for (const auto& e : events) {
        if (e.kind() == profiler::EventKind::PushRange) {
            stack.push_back({&e, 0.0});
        } else if (e.kind() == profiler::EventKind::PopRange && !stack.empty()) {
            const Frame frame = stack.back();
            stack.pop_back();
            const double inclusive = frame.push->cpuElapsedUs(e);
            OpTotals& t = totals[frame.push->name()];
            t.selfUs += inclusive - frame.childrenUs;
            ++t.calls;
            if (!stack.empty()) stack.back().childrenUs += inclusive;
        }
    }
}
#endif

} // namespace

bool OpProfile::available() { return TORCH_VERSION_MAJOR < 2; }

nlohmann::json OpProfile::run(const std::function<void()>& step, int steps, int top) {
    std::map<std::string, OpTotals> totals;
    double wallMs = 0.0;
#if TORCH_VERSION_MAJOR < 2
    profiler::enableProfilerLegacy(torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU));
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < steps; ++i) step();
    wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    for (const auto& thread : profiler::disableProfilerLegacy()) accumulate(thread, totals);
#else
    (void)step;
    (void)steps;
    return nlohmann::json::object();
#endif
    double profiledUs = 0.0;
    std::vector<std::pair<std::string, OpTotals>> sorted(totals.begin(), totals.end());
    for (const auto& [name, t] : sorted) profiledUs += t.selfUs;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.selfUs > b.second.selfUs; });
    nlohmann::json ops = nlohmann::json::array();
    OpTotals other;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (int(i) >= top) {
            other.selfUs += sorted[i].second.selfUs;
            other.calls += sorted[i].second.calls;
            continue;
        }
        ops.push_back({{"op", sorted[i].first},
                       {"self_ms_per_step", sorted[i].second.selfUs / 1000.0 / steps},
                       {"share", profiledUs > 0 ? sorted[i].second.selfUs / profiledUs : 0.0},
                       {"calls_per_step", double(sorted[i].second.calls) / steps}});
    }
    if (other.calls > 0)
        ops.push_back({{"op", "(other)"},
                       {"self_ms_per_step", other.selfUs / 1000.0 / steps},
                       {"share", profiledUs > 0 ? other.selfUs / profiledUs : 0.0},
                       {"calls_per_step", double(other.calls) / steps}});
    return {{"steps", steps},
            {"wall_ms_per_step", wallMs / steps},
            {"profiled_ms_per_step", profiledUs / 1000.0 / steps},
            {"ops", ops}};
}

std::string OpProfile::table(const nlohmann::json& profile) {
    if (!profile.contains("ops")) return "op profile: not available with this LibTorch\n";
    std::string out;
    char line[200];
    std::snprintf(line, sizeof line, "%-44s %10s %7s %8s\n", "op (self time)", "ms/step", "share", "calls");
    out += line;
    for (const auto& op : profile["ops"]) {
        std::snprintf(line, sizeof line, "%-44.44s %10.2f %6.1f%% %8.1f\n", op["op"].get<std::string>().c_str(),
                      op["self_ms_per_step"].get<double>(), 100.0 * op["share"].get<double>(),
                      op["calls_per_step"].get<double>());
        out += line;
    }
    std::snprintf(line, sizeof line, "profiled %.1f ms/step (wall %.1f ms/step with the profiler on)\n",
                  profile["profiled_ms_per_step"].get<double>(), profile["wall_ms_per_step"].get<double>());
    return out + line;
}

} // namespace crossseg::cli
