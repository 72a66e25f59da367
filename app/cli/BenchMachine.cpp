#include "BenchMachine.h"

#include <ctime>
#include <fstream>
#include <thread>
#include <unistd.h>

namespace crossseg::cli {

std::string BenchMachine::cpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
    return "unknown";
}

std::string BenchMachine::hostName() {
    char host[256] = {0};
    ::gethostname(host, sizeof host - 1);
    return host;
}

std::string BenchMachine::utcDate() {
    const std::time_t now = std::time(nullptr);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return date;
}

nlohmann::json BenchMachine::describe() {
    return {{"cpu", cpuModel()},
            {"hardware_threads", std::thread::hardware_concurrency()},
            {"host", hostName()},
            {"date", utcDate()}};
}

} // namespace crossseg::cli
