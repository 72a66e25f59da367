#pragma once
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace crossseg {

// --distributed: auto (join a distributed run when the launcher's variables say so) or off (always one process).
enum class DistributedMode { Auto, Off };

// Where this process stands in a distributed run, read from the variables the cluster's launcher already sets:
//   torchrun (also `crossseg train --nproc N`): MASTER_ADDR, MASTER_PORT, WORLD_SIZE, RANK, LOCAL_RANK
//   Slurm (srun, one task per GPU):             SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID; MASTER_ADDR defaults to
//                                               the first host of SLURM_JOB_NODELIST, MASTER_PORT to one derived
//                                               from SLURM_JOB_ID (jobs sharing a node get different ports)
// torchrun's variables win when both are present (torchrun started by srun, one per node); when they describe
// the same processes (WORLD_SIZE == SLURM_NTASKS) they must agree.
struct DistributedEnvironment {
    bool enabled = false;        // more than one process: a process group is needed
    std::string launcher;        // "torchrun", "slurm", or "" for a single process
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;           // picks the GPU: "cuda" becomes "cuda:<localRank>"
    std::string masterAddr;      // where rank 0 listens for the rendezvous (TCPStore)
    int masterPort = 0;
    // torchrun (elastic agent) already hosts the TCPStore at MASTER_ADDR:MASTER_PORT
    // (TORCHELASTIC_USE_AGENT_STORE=True): every rank connects as a client, rank 0 included.
    bool launcherHostsStore = false;
    int attempt = 0;             // TORCHELASTIC_RESTART_COUNT: keys of an earlier attempt are not reused
    // Bounds every wait on other ranks: the rendezvous and each collective. A dead or stuck rank makes the others
    // fail after at most this long. CROSSSEG_DIST_TIMEOUT (seconds) or --dist-timeout set it.
    std::chrono::seconds timeout{600};

    using Lookup = std::function<std::optional<std::string>(const std::string& name)>;

    // Reads the variables through `lookup` (the process environment by default). Throws InputError naming the
    // variables when some are missing, not numbers, out of range or contradictory.
    static DistributedEnvironment detect(DistributedMode mode, const Lookup& lookup = processEnvironment());
    static Lookup processEnvironment();
    // "auto" or "off"; anything else is an InputError.
    static DistributedMode parseMode(const std::string& text);

    // The device this rank trains on: "cuda" -> "cuda:<localRank>" in a distributed run; anything else unchanged.
    std::string deviceFor(const std::string& requested) const;
    // One line for the log: "rank 1 of 4 (local rank 1), torchrun, rendezvous at node01:29500".
    std::string describe() const;
};

} // namespace crossseg
