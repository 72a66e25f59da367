#pragma once
#include <cstdint>
#include <string>

namespace crossseg {

// A configured training, as the cluster should run it.
struct SlurmJobSettings {
    std::string jobName = "crossseg-train";
    int nodes = 1;
    int gpusPerNode = 4;                  // one task (rank) per GPU
    int cpusPerTask = 8;                  // data loading threads of each rank
    std::string timeLimit = "24:00:00";
    std::string partition;                // empty: the cluster's default
    std::string account;                  // empty: the user's default
    std::string crossseg = "crossseg";    // the command on the cluster (an engine-only build is enough)
    std::string sliceCache = "/shared/crossseg/caches/CACHE"; // on storage every node reads
    std::string runFolder = "/shared/crossseg/runs/$SLURM_JOB_NAME"; // on storage every node reaches; rank 0 writes
    std::string method = "mkd-iam";
    int labeledTarget = 4;
    std::string profile = "paper";
    std::uint64_t seed = 0;
    int iterations = 0;                   // 0: the profile's
    // For the cache preparation command (run where the full build and the dataset are).
    std::string dataset = "/path/to/dataset";
    int sliceSize = 256;                  // the profile's slice size
    std::string cacheDirectory = "/shared/crossseg/caches";
};

// Renders the sbatch script and the cache preparation command for a training (Qt-free: the Studio's export and
// packaging/slurm/crossseg-train.sbatch both come from here). The script runs one task per GPU with srun; every
// task finds its rank in Slurm's variables (SLURM_PROCID...) and rank 0's host in SLURM_JOB_NODELIST; it asks
// Slurm for SIGTERM 5 minutes before the time limit (rank 0 then writes a checkpoint) and resumes from the run
// folder's checkpoint when the job is requeued.
class SlurmJobScript {
public:
    static std::string render(const SlurmJobSettings& settings);

    // `crossseg preprocess --dataset ... --size ... --cache-dir ...`: prints the prepared cache's folder, which is
    // what sliceCache must name.
    static std::string cachePreparationCommand(const SlurmJobSettings& settings);

    // `text` as one shell word: unchanged when safe, else single-quoted. "$SLURM_..." references stay expandable.
    static std::string shellWord(const std::string& text);
};

} // namespace crossseg
