#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace crossseg {

// `crossseg train --nproc N`: what `torchrun --standalone --nproc-per-node N` does, for multi-GPU workstations.
// Starts N copies of a command on this machine with torchrun's variables set (MASTER_ADDR=127.0.0.1, a free
// MASTER_PORT, WORLD_SIZE=N, RANK=LOCAL_RANK=i, LOCAL_WORLD_SIZE=N; Slurm's task variables removed so that
// they cannot contradict), forwards SIGINT and SIGTERM to every worker, and returns the first non-zero exit
// status (128 + signal for a worker killed by a signal). When a worker fails on its own, the others are sent
// SIGTERM, then SIGKILL after `grace`; after a forwarded signal the workers are given time to write their
// checkpoint, and are only killed when the signal comes a third time.
class LocalLauncher {
public:
    struct Plan {
        std::string executable;             // what to run (execv: an absolute path)
        std::vector<std::string> arguments; // argv, [0] included
        int processes = 1;
        int masterPort = 0;                 // 0: a free port chosen now
        std::chrono::seconds grace{30};
    };

    // Blocks until every worker has exited. Throws std::runtime_error when a worker cannot be started.
    static int run(const Plan& plan);

    // This process's own executable and argv (from /proc/self), for re-running it as workers.
    static std::string currentExecutable();
    static std::vector<std::string> currentArguments();
    // `arguments` without every "--name VALUE" and "--name=VALUE".
    static std::vector<std::string> withoutOption(const std::vector<std::string>& arguments, const std::string& name);
    // A TCP port on 127.0.0.1 that was free a moment ago.
    static int freePort();
};

} // namespace crossseg
