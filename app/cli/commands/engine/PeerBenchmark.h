#pragma once
#include <filesystem>
#include <string>

namespace crossseg::cli {

// The PyTorch peer (../shared/tools/peer/unet_step.py): the same U-Net training step in PyTorch eager, the tool a
// user would otherwise run. Runs the script with the system's python3 (Debian's python3-torch: a benchmark-only
// dependency, not a build or CI one) and reads its median step time.
class PeerBenchmark {
public:
    struct Network {
        int size = 96, batch = 8, base = 16, levels = 5, classes = 5, threads = 2, steps = 10;
    };
    // The script given, else $CROSSSEG_PEER_SCRIPT, else ../shared/tools/peer/unet_step.py from the working
    // directory (the repository root). Empty when none exists.
    static std::filesystem::path locate(const std::string& given);
    // The peer's median step in milliseconds. Throws std::runtime_error with the script's output when it fails
    // (no python3-torch: "apt-get install python3-torch").
    static double medianStepMs(const std::filesystem::path& script, const Network& network);
};

} // namespace crossseg::cli
