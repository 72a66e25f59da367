#include "core/distributed/LocalLauncher.h"

#include "core/util/Log.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace crossseg {
namespace {

std::atomic<int> pendingSignal{0};
std::atomic<int> signalCount{0};
extern "C" void onLauncherSignal(int signal) {
    pendingSignal.store(signal);
    signalCount.fetch_add(1);
}

int exitStatusOf(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}

// This process's environment without the variables a worker gets from the launcher, plus those.
std::vector<std::string> workerEnvironment(const std::vector<std::string>& assignments) {
    std::vector<std::string> result;
    for (char** entry = environ; *entry; ++entry) {
        const std::string text = *entry;
        const std::string name = text.substr(0, text.find('='));
        bool replaced = name == "SLURM_PROCID" || name == "SLURM_NTASKS" || name == "SLURM_LOCALID";
        for (const auto& assignment : assignments) replaced = replaced || assignment.rfind(name + "=", 0) == 0;
        if (!replaced) result.push_back(text);
    }
    result.insert(result.end(), assignments.begin(), assignments.end());
    return result;
}

std::vector<char*> pointers(std::vector<std::string>& texts) {
    std::vector<char*> result;
    for (auto& text : texts) result.push_back(text.data());
    result.push_back(nullptr);
    return result;
}

// In the child, between fork and exec: only async-signal-safe calls (everything was prepared before fork).
[[noreturn]] void execWorker(const LocalLauncher::Plan& plan, char* const* argv, char* const* envp) {
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGTERM); // a launcher killed outright takes its workers along
#endif
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::execve(plan.executable.c_str(), argv, envp);
    const char message[] = "crossseg: cannot start a worker process\n";
    (void)!::write(2, message, sizeof message - 1);
    ::_exit(127);
}

void signalAll(const std::map<pid_t, int>& running, int signal) {
    for (const auto& [pid, rank] : running) ::kill(pid, signal);
}

} // namespace

int LocalLauncher::run(const Plan& plan) {
    if (plan.processes < 1) throw std::invalid_argument("LocalLauncher: at least one process");
    const int port = plan.masterPort > 0 ? plan.masterPort : freePort();
    log::info("starting " + std::to_string(plan.processes) + " local workers (rendezvous at 127.0.0.1:" +
              std::to_string(port) + ")");
    pendingSignal.store(0);
    signalCount.store(0);
    auto previousInt = std::signal(SIGINT, onLauncherSignal);
    auto previousTerm = std::signal(SIGTERM, onLauncherSignal);

    std::map<pid_t, int> running; // pid -> rank
    for (int rank = 0; rank < plan.processes; ++rank) {
        std::vector<std::string> env = workerEnvironment({"MASTER_ADDR=127.0.0.1", "MASTER_PORT=" + std::to_string(port),
                                     "WORLD_SIZE=" + std::to_string(plan.processes), "RANK=" + std::to_string(rank),
                                     "LOCAL_RANK=" + std::to_string(rank),
                                     "LOCAL_WORLD_SIZE=" + std::to_string(plan.processes)});
        std::vector<std::string> arguments = plan.arguments;
        const std::vector<char*> argv = pointers(arguments), envp = pointers(env);
        const pid_t pid = ::fork();
        if (pid == 0) execWorker(plan, argv.data(), envp.data());
        if (pid < 0) {
            signalAll(running, SIGKILL);
            throw std::runtime_error(std::string("cannot start worker processes: ") + std::strerror(errno));
        }
        running[pid] = rank;
    }

    int firstFailure = 0;
    bool forwarded = false;
    std::chrono::steady_clock::time_point killAt = std::chrono::steady_clock::time_point::max();
    while (!running.empty()) {
        if (const int signal = pendingSignal.exchange(0)) {
            forwarded = true;
            // Twice: forward again; three times: the user insists, end the workers now.
            signalAll(running, signalCount.load() >= 3 ? SIGKILL : signal);
        }
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid > 0 && running.count(pid)) {
            const int code = exitStatusOf(status);
            const int rank = running[pid];
            running.erase(pid);
            if (code != 0) {
                log::warn("worker " + std::to_string(rank) + " exited with status " + std::to_string(code));
                if (firstFailure == 0) {
                    firstFailure = code;
                    if (!forwarded) {
                        signalAll(running, SIGTERM);
                        killAt = std::chrono::steady_clock::now() + plan.grace;
                    }
                }
            }
            continue;
        }
        if (std::chrono::steady_clock::now() >= killAt) {
            signalAll(running, SIGKILL);
            killAt = std::chrono::steady_clock::time_point::max();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return firstFailure;
}

std::string LocalLauncher::currentExecutable() { return std::filesystem::read_symlink("/proc/self/exe").string(); }

std::vector<std::string> LocalLauncher::currentArguments() {
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> arguments;
    std::string current;
    for (char c : all) {
        if (c == '\0') {
            arguments.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) arguments.push_back(current);
    return arguments;
}

std::vector<std::string> LocalLauncher::withoutOption(const std::vector<std::string>& arguments,
                                                      const std::string& name) {
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == name) {
            ++i; // and its value
            continue;
        }
        if (arguments[i].rfind(name + "=", 0) == 0) continue;
        kept.push_back(arguments[i]);
    }
    return kept;
}

int LocalLauncher::freePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) throw std::runtime_error(std::string("cannot open a socket: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const int cause = errno;
        ::close(s);
        throw std::runtime_error(std::string("cannot find a free port: ") + std::strerror(cause));
    }
    ::close(s);
    return ntohs(address.sin_port);
}

} // namespace crossseg
