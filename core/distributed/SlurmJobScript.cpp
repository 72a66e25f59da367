#include "core/distributed/SlurmJobScript.h"

#include <cctype>
#include <sstream>

namespace crossseg {

std::string SlurmJobScript::shellWord(const std::string& text) {
    if (text.empty()) return "''";
    bool plain = true, expandable = true;
    for (char c : text) {
        const bool safe = std::isalnum(static_cast<unsigned char>(c)) || std::string("/._-+:=,@%").find(c) != std::string::npos;
        plain = plain && safe;
        expandable = expandable && (safe || c == '$' || c == '{' || c == '}');
    }
    if (plain) return text;
    if (expandable) return "\"" + text + "\""; // keeps $SLURM_JOB_NAME and the like working
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string SlurmJobScript::cachePreparationCommand(const SlurmJobSettings& s) {
    return s.crossseg + " preprocess --dataset " + shellWord(s.dataset) + " --size " + std::to_string(s.sliceSize) +
           " --cache-dir " + shellWord(s.cacheDirectory);
}

std::string SlurmJobScript::render(const SlurmJobSettings& s) {
    std::ostringstream out;
    out << "#!/bin/bash\n"
        << "# CrossSeg training on a Slurm cluster: one task (rank) per GPU, started by srun.\n"
        << "# Every rank reads its place from Slurm (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID) and rank 0's host\n"
        << "# from SLURM_JOB_NODELIST; rank 0 alone writes the run folder. See docs/SCALING.md.\n"
        << "#SBATCH --job-name=" << s.jobName << "\n"
        << "#SBATCH --nodes=" << s.nodes << "\n"
        << "#SBATCH --ntasks-per-node=" << s.gpusPerNode << "\n"
        << "#SBATCH --gpus-per-node=" << s.gpusPerNode << "\n"
        << "#SBATCH --cpus-per-task=" << s.cpusPerTask << "\n"
        << "#SBATCH --time=" << s.timeLimit << "\n";
    if (!s.partition.empty()) out << "#SBATCH --partition=" << s.partition << "\n";
    if (!s.account.empty()) out << "#SBATCH --account=" << s.account << "\n";
    out << "# SIGTERM 5 minutes before the time limit: rank 0 writes a checkpoint, every rank exits; a requeued\n"
        << "# job (pre-emption, scontrol requeue) continues from it.\n"
        << "#SBATCH --signal=TERM@300\n"
        << "#SBATCH --requeue\n"
        << "#SBATCH --output=%x-%j.out\n"
        << "set -euo pipefail\n\n"
        << "CROSSSEG=" << shellWord(s.crossseg) << "\n"
        << "# The slice cache on shared storage, prepared once beforehand (where the dataset and a full build are):\n"
        << "#   " << cachePreparationCommand(s) << "\n"
        << "# prints the cache folder to put here. Every rank reads it; nothing writes it during training.\n"
        << "CACHE=" << shellWord(s.sliceCache) << "\n"
        << "RUN=" << shellWord(s.runFolder) << "\n\n"
        << "if [ ! -f \"$CACHE/cache.json\" ]; then\n"
        << "  echo \"no slice cache in $CACHE: prepare it first (see the command above)\" >&2\n"
        << "  exit 2\n"
        << "fi\n"
        << "RESUME=\n"
        << "if [ -f \"$RUN/checkpoints/latest.pt\" ]; then RESUME=--resume; fi\n"
        << "# Jobs sharing a node need other rendezvous ports; crossseg derives one from SLURM_JOB_ID by itself.\n"
        << "export MASTER_PORT=\"${MASTER_PORT:-$((20000 + SLURM_JOB_ID % 20000))}\"\n"
        << "export OMP_NUM_THREADS=\"${SLURM_CPUS_PER_TASK:-1}\"\n\n"
        << "srun --kill-on-bad-exit=1 \"$CROSSSEG\" train --dataset \"$CACHE\" --out \"$RUN\" \\\n"
        << "  --method " << shellWord(s.method) << " --labeled-target " << s.labeledTarget << " --profile "
        << shellWord(s.profile) << " --seed " << s.seed << " \\\n";
    if (s.iterations > 0) out << "  --iterations " << s.iterations << " \\\n";
    out << "  --device cuda --distributed auto $RESUME\n";
    return out.str();
}

} // namespace crossseg
