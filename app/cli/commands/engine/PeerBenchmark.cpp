#include "PeerBenchmark.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace crossseg::cli {

std::filesystem::path PeerBenchmark::locate(const std::string& given) {
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (!given.empty()) return fs::exists(given) ? fs::path(given) : fs::path();
    if (const char* env = std::getenv("CROSSSEG_PEER_SCRIPT")) candidates.emplace_back(env);
    candidates.emplace_back("../shared/tools/peer/unet_step.py");
    for (const auto& c : candidates)
        if (fs::exists(c)) return c;
    return {};
}

double PeerBenchmark::medianStepMs(const std::filesystem::path& script, const Network& n) {
    const std::string command = "/usr/bin/python3 '" + script.string() + "' --size " + std::to_string(n.size) +
                                " --batch " + std::to_string(n.batch) + " --base " + std::to_string(n.base) +
                                " --levels " + std::to_string(n.levels) + " --classes " + std::to_string(n.classes) +
                                " --threads " + std::to_string(n.threads) + " --steps " + std::to_string(n.steps) +
                                " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot start the peer: " + command);
    std::string output;
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), int(buffer.size()), pipe)) output += buffer.data();
    const int status = ::pclose(pipe);
    const auto at = output.find("median_step_ms ");
    if (status != 0 || at == std::string::npos)
        throw std::runtime_error("the PyTorch peer failed (" + command + "); it needs Debian's python3-torch "
                                 "(apt-get install python3-torch). Its output:\n" + output);
    return std::stod(output.substr(at + 15));
}

} // namespace crossseg::cli
