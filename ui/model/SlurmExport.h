#pragma once
// The wizard's configured training as a Slurm job (issue 11): the settings SlurmJobScript renders, filled from the
// training configuration, and the script written atomically. Qt-free; the cluster-side fields (nodes, GPUs,
// partition, account, shared paths) are the user's to edit.
#include "core/distributed/SlurmJobScript.h"
#include "core/learn/TrainingConfig.h"

#include <filesystem>
#include <string>

namespace crossseg::ui {

class SlurmExport {
public:
    // Method, K, profile, seed and the profile's slice size from `config` (the profile resolved as the training
    // would: a name or a JSON file); the job and run names from its run folder; the dataset to prepare from
    // `datasetPath`. Throws InputError for a profile that cannot be resolved.
    static SlurmJobSettings settingsFor(const TrainingConfig& config, const std::string& datasetPath);

    // Writes the rendered script (AtomicFile), executable by its owner. Throws on failure, naming the file.
    static void write(const SlurmJobSettings& settings, const std::filesystem::path& file);
};

} // namespace crossseg::ui
