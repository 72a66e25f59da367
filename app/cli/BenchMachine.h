#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace crossseg::cli {

// What every benchmark records about where it ran, so numbers in docs/BENCHMARKS.md carry machine and date.
class BenchMachine {
public:
    static std::string cpuModel();          // /proc/cpuinfo "model name"; "unknown" elsewhere
    static std::string hostName();
    static std::string utcDate();           // ISO 8601, UTC
    // {"cpu", "hardware_threads", "host", "date"}
    static nlohmann::json describe();
};

} // namespace crossseg::cli
