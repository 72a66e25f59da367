#include "DistributedTrainOptions.h"

#include "core/distributed/DistributedSession.h"
#include "core/distributed/LocalLauncher.h"
#include "core/learn/ComputeDevice.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <cstdio>
#include <cstdlib>

namespace crossseg::cli {

std::shared_ptr<DistributedTrainOptions> DistributedTrainOptions::addTo(CLI::App& command) {
    auto options = std::make_shared<DistributedTrainOptions>();
    command.add_option("--distributed", options->mode_,
                       "auto: join the distributed run that torchrun's or Slurm's variables describe; off: one process")
        ->check(CLI::IsMember({"auto", "off"}))
        ->capture_default_str();
    command.add_option("--nproc", options->processes_,
                       "Start N local workers of this command (one per GPU with --device cuda), like torchrun --standalone")
        ->check(CLI::Range(1, 1024));
    command.add_option("--dist-timeout", options->timeoutSeconds_,
                       "Seconds any rank waits for the others before failing (default 600, or CROSSSEG_DIST_TIMEOUT)")
        ->check(CLI::Range(1, 7 * 24 * 3600));
    return options;
}

DistributedEnvironment DistributedTrainOptions::resolve() const {
    const DistributedMode mode = DistributedEnvironment::parseMode(mode_);
    if (processes_ > 1) {
        if (mode == DistributedMode::Off)
            throw InputError("--nproc " + std::to_string(processes_) + " starts a distributed run, but --distributed is off");
        const DistributedEnvironment outer = DistributedEnvironment::detect(mode);
        if (outer.enabled)
            throw InputError("--nproc starts its own workers, but this process is already rank " +
                             std::to_string(outer.rank) + " of " + std::to_string(outer.worldSize) + " (" +
                             outer.launcher + "): use one launcher");
        LocalLauncher::Plan plan;
        plan.executable = LocalLauncher::currentExecutable();
        plan.arguments = LocalLauncher::withoutOption(LocalLauncher::currentArguments(), "--nproc");
        plan.processes = processes_;
        const int status = LocalLauncher::run(plan);
        std::fflush(nullptr);
        std::exit(status);
    }
    DistributedEnvironment environment = DistributedEnvironment::detect(mode);
    if (timeoutSeconds_ > 0) environment.timeout = std::chrono::seconds(timeoutSeconds_);
    if (environment.enabled) log::info("distributed: " + environment.describe());
    return environment;
}

std::unique_ptr<GradientSync> DistributedTrainOptions::openSession(const DistributedEnvironment& environment,
                                                                   std::string& device) {
    device = environment.deviceFor(device);
    std::string message;
    const torch::Device resolved = ComputeDevice::resolve(device, message);
    if (!message.empty()) log::warn(message);
    return DistributedSession::open(environment, resolved);
}

} // namespace crossseg::cli
