#include "core/distributed/DistributedEnvironment.h"

#include "core/distributed/SlurmNodeList.h"
#include "core/util/InputError.h"

#include <cstdlib>

namespace crossseg {
namespace {

[[noreturn]] void refuse(const std::string& why) { throw InputError("distributed launch: " + why); }

// A launcher variable as an integer, or nullopt when unset. Blank or non-numeric values are refused by name.
std::optional<long long> integer(const DistributedEnvironment::Lookup& lookup, const std::string& name) {
    const std::optional<std::string> text = lookup(name);
    if (!text) return std::nullopt;
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (text->empty() || used != text->size()) refuse(name + "='" + *text + "' is not a whole number");
    return value;
}

long long required(const DistributedEnvironment::Lookup& lookup, const std::string& name, const std::string& why) {
    const std::optional<long long> value = integer(lookup, name);
    if (!value) refuse(name + " is not set (" + why + ")");
    return *value;
}

void requireRange(const std::string& name, long long value, long long low, long long high, const std::string& bound) {
    if (value < low || value > high)
        refuse(name + "=" + std::to_string(value) + " is outside " + std::to_string(low) + ".." + std::to_string(high) +
               bound);
}

int port(const DistributedEnvironment::Lookup& lookup, const std::string& why) {
    const long long value = required(lookup, "MASTER_PORT", why);
    requireRange("MASTER_PORT", value, 1, 65535, "");
    return int(value);
}

std::string masterAddress(const DistributedEnvironment::Lookup& lookup, const std::string& why) {
    const std::optional<std::string> address = lookup("MASTER_ADDR");
    if (!address) refuse("MASTER_ADDR is not set (" + why + ")");
    if (address->empty()) refuse("MASTER_ADDR is empty");
    return *address;
}

void readTorchrun(const DistributedEnvironment::Lookup& lookup, DistributedEnvironment& env) {
    const std::string why = "torchrun sets RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and MASTER_PORT together";
    env.launcher = "torchrun";
    env.worldSize = int(required(lookup, "WORLD_SIZE", why));
    requireRange("WORLD_SIZE", env.worldSize, 1, 1 << 20, "");
    env.rank = int(required(lookup, "RANK", why));
    requireRange("RANK", env.rank, 0, env.worldSize - 1, " (WORLD_SIZE=" + std::to_string(env.worldSize) + ")");
    std::optional<long long> local = integer(lookup, "LOCAL_RANK");
    if (!local) local = integer(lookup, "SLURM_LOCALID");
    if (!local) refuse("LOCAL_RANK is not set (" + why + ")");
    env.localRank = int(*local);
    requireRange("LOCAL_RANK", env.localRank, 0, env.worldSize - 1, " (WORLD_SIZE=" + std::to_string(env.worldSize) + ")");
    if (env.worldSize == 1) return;
    env.masterAddr = masterAddress(lookup, why);
    env.masterPort = port(lookup, why);
    env.launcherHostsStore = lookup("TORCHELASTIC_USE_AGENT_STORE").value_or("") == "True";
    if (const std::optional<long long> restarts = integer(lookup, "TORCHELASTIC_RESTART_COUNT")) {
        requireRange("TORCHELASTIC_RESTART_COUNT", *restarts, 0, 1 << 20, "");
        env.attempt = int(*restarts);
    }
}

// Both conventions describing the same processes (srun started every rank with torchrun-style exports) must agree.
void requireAgreementWithSlurm(const DistributedEnvironment::Lookup& lookup, const DistributedEnvironment& env) {
    const std::optional<long long> tasks = integer(lookup, "SLURM_NTASKS");
    const std::optional<long long> procid = integer(lookup, "SLURM_PROCID");
    if (!tasks || !procid || *tasks != env.worldSize) return; // torchrun per node inside Slurm: ranks differ
    if (*procid != env.rank)
        refuse("RANK=" + std::to_string(env.rank) + " contradicts SLURM_PROCID=" + std::to_string(*procid) +
               " (WORLD_SIZE equals SLURM_NTASKS, so both number the same processes)");
    const std::optional<long long> localid = integer(lookup, "SLURM_LOCALID");
    if (localid && lookup("LOCAL_RANK") && *localid != env.localRank)
        refuse("LOCAL_RANK=" + std::to_string(env.localRank) + " contradicts SLURM_LOCALID=" + std::to_string(*localid));
}

void readSlurm(const DistributedEnvironment::Lookup& lookup, DistributedEnvironment& env) {
    const std::string why = "srun sets SLURM_PROCID, SLURM_NTASKS and SLURM_LOCALID for every task";
    env.launcher = "slurm";
    env.worldSize = int(required(lookup, "SLURM_NTASKS", why));
    requireRange("SLURM_NTASKS", env.worldSize, 1, 1 << 20, "");
    env.rank = int(required(lookup, "SLURM_PROCID", why));
    requireRange("SLURM_PROCID", env.rank, 0, env.worldSize - 1, " (SLURM_NTASKS=" + std::to_string(env.worldSize) + ")");
    env.localRank = int(required(lookup, "SLURM_LOCALID", why));
    requireRange("SLURM_LOCALID", env.localRank, 0, env.worldSize - 1,
                 " (SLURM_NTASKS=" + std::to_string(env.worldSize) + ")");
    if (env.worldSize == 1) return;
    if (lookup("MASTER_ADDR")) {
        env.masterAddr = masterAddress(lookup, why);
    } else {
        std::optional<std::string> nodes = lookup("SLURM_JOB_NODELIST");
        if (!nodes) nodes = lookup("SLURM_NODELIST");
        if (!nodes) refuse("neither MASTER_ADDR nor SLURM_JOB_NODELIST is set: rank 0's host is unknown");
        env.masterAddr = SlurmNodeList::first(*nodes);
    }
    if (lookup("MASTER_PORT")) {
        env.masterPort = port(lookup, why);
    } else {
        // Jobs sharing a node must not share a port: derive it from the job id (20000..39999), else torchrun's.
        const std::optional<long long> job = integer(lookup, "SLURM_JOB_ID");
        env.masterPort = job ? int(20000 + (*job % 20000)) : 29500;
    }
}

} // namespace

DistributedEnvironment::Lookup DistributedEnvironment::processEnvironment() {
    return [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        if (!value) return std::nullopt;
        return std::string(value);
    };
}

DistributedMode DistributedEnvironment::parseMode(const std::string& text) {
    if (text == "auto") return DistributedMode::Auto;
    if (text == "off") return DistributedMode::Off;
    throw InputError("--distributed '" + text + "': expected auto or off");
}

DistributedEnvironment DistributedEnvironment::detect(DistributedMode mode, const Lookup& lookup) {
    DistributedEnvironment env;
    if (const std::optional<long long> seconds = integer(lookup, "CROSSSEG_DIST_TIMEOUT")) {
        requireRange("CROSSSEG_DIST_TIMEOUT", *seconds, 1, 7 * 24 * 3600, " seconds");
        env.timeout = std::chrono::seconds(*seconds);
    }
    if (mode == DistributedMode::Off) return env;
    if (lookup("RANK") || lookup("WORLD_SIZE")) {
        readTorchrun(lookup, env);
        requireAgreementWithSlurm(lookup, env);
    } else if (lookup("SLURM_PROCID")) {
        readSlurm(lookup, env);
    } else {
        return env;
    }
    env.enabled = env.worldSize > 1;
    return env;
}

std::string DistributedEnvironment::deviceFor(const std::string& requested) const {
    if (enabled && requested == "cuda") return "cuda:" + std::to_string(localRank);
    return requested;
}

std::string DistributedEnvironment::describe() const {
    if (!enabled) return "single process";
    return "rank " + std::to_string(rank) + " of " + std::to_string(worldSize) + " (local rank " +
           std::to_string(localRank) + "), " + launcher + ", rendezvous at " + masterAddr + ":" +
           std::to_string(masterPort) + ", timeout " + std::to_string(timeout.count()) + " s";
}

} // namespace crossseg
