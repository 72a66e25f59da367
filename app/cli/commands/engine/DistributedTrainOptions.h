#pragma once
#include "core/distributed/DistributedEnvironment.h"
#include "core/distributed/GradientSync.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace crossseg::cli {

// The distributed side of `crossseg train`:
//   --distributed auto|off   join the run described by torchrun's or Slurm's variables (auto), or ignore them
//   --nproc N                start N local workers of this same command (like torchrun --standalone)
//   --dist-timeout S         bound on every wait for other ranks (default 600 s; CROSSSEG_DIST_TIMEOUT)
// Used by TrainCommand in two lines:
//   auto distributed = DistributedTrainOptions::addTo(command);                 // in setupTrain
//   const DistributedEnvironment env = distributed->resolve();                  // in the callback, first
// and, once the run's device is known, `auto sync = DistributedTrainOptions::openSession(env, config.device);`
class DistributedTrainOptions {
public:
    static std::shared_ptr<DistributedTrainOptions> addTo(CLI::App& command);

    // With --nproc N > 1: runs N workers of this command (without --nproc) and ends this process with their
    // status, never returning. Otherwise: where this process stands (single process without launcher
    // variables or with --distributed off). Throws InputError for contradictory options or variables.
    DistributedEnvironment resolve() const;

    // Joins the other ranks for training on `device` ("cuda" becomes "cuda:<LOCAL_RANK>", written back), with the
    // backend that device needs. The single-process GradientSync when `environment` is not distributed.
    static std::unique_ptr<GradientSync> openSession(const DistributedEnvironment& environment, std::string& device);

private:
    std::string mode_ = "auto";
    int processes_ = 1;
    int timeoutSeconds_ = 0;
};

} // namespace crossseg::cli
