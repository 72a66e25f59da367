#pragma once
// Starting this test executable as the ranks of a distributed run, on 127.0.0.1 with a free port.
#include "core/distributed/LocalLauncher.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

namespace crossseg::test {

// The test's environment without any launcher variable a CI machine might carry.
inline QProcessEnvironment withoutLauncherVariables() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT",
                             "SLURM_PROCID", "SLURM_NTASKS", "SLURM_LOCALID", "SLURM_JOB_NODELIST", "SLURM_NODELIST",
                             "SLURM_JOB_ID", "CROSSSEG_DIST_TIMEOUT", "TORCHELASTIC_USE_AGENT_STORE",
                             "TORCHELASTIC_RESTART_COUNT"})
        env.remove(name);
    return env;
}

inline QProcessEnvironment torchrunVariables(int rank, int world, int port, int timeoutSeconds) {
    QProcessEnvironment env = withoutLauncherVariables();
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("WORLD_SIZE", QString::number(world));
    env.insert("RANK", QString::number(rank));
    env.insert("LOCAL_RANK", QString::number(rank));
    env.insert("CROSSSEG_DIST_TIMEOUT", QString::number(timeoutSeconds));
    return env;
}

// Slurm's variables; MASTER_ADDR comes from the node list "127.0.0.[1-4]" (first host 127.0.0.1).
inline QProcessEnvironment slurmVariables(int rank, int world, int port, int timeoutSeconds) {
    QProcessEnvironment env = withoutLauncherVariables();
    env.insert("SLURM_PROCID", QString::number(rank));
    env.insert("SLURM_NTASKS", QString::number(world));
    env.insert("SLURM_LOCALID", QString::number(rank));
    env.insert("SLURM_JOB_NODELIST", "127.0.0.[1-4]");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("CROSSSEG_DIST_TIMEOUT", QString::number(timeoutSeconds));
    return env;
}

inline std::unique_ptr<QProcess> startWorker(const QStringList& arguments, const QProcessEnvironment& env) {
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(QCoreApplication::applicationFilePath(), QStringList{"--worker"} + arguments);
    process->waitForStarted(10000);
    return process;
}

inline QString outputOf(QProcess& process) {
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace crossseg::test
