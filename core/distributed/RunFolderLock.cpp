#include "core/distributed/RunFolderLock.h"

#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crossseg {
namespace {

std::string thisHost() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "unknown";
    return name;
}

std::string nowUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

bool isAlive(long pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

std::string describe(const RunFolderLock::Holder& holder) {
    return "PID " + std::to_string(holder.pid) + " on host " + holder.host +
           (holder.started.empty() ? "" : ", since " + holder.started);
}

std::string contentOf(int descriptor) {
    std::string text;
    char buffer[512];
    ::lseek(descriptor, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(descriptor, buffer, sizeof buffer)) > 0;) text.append(buffer, std::size_t(n));
    return text;
}

std::optional<RunFolderLock::Holder> parse(const std::string& text) {
    try {
        const nlohmann::json json = nlohmann::json::parse(text);
        RunFolderLock::Holder holder;
        holder.pid = json.at("pid").get<long>();
        holder.host = json.value("host", std::string());
        holder.started = json.value("started", std::string());
        return holder;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

} // namespace

std::optional<RunFolderLock::Holder> RunFolderLock::read(const std::filesystem::path& lockFile) {
    const int descriptor = ::open(lockFile.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) return std::nullopt;
    const std::string text = contentOf(descriptor);
    ::close(descriptor);
    return parse(text);
}

RunFolderLock::RunFolderLock(const std::filesystem::path& runFolder) : file_(fileFor(runFolder)) {
    std::error_code error;
    std::filesystem::create_directories(runFolder, error);
    if (error) throw InputError(runFolder, "cannot create the run folder: " + error.message());
    // The holder removes the file before releasing it; whoever locked the removed file tries again.
    for (int attempt = 0; attempt < 20; ++attempt)
        if (tryAcquire()) return;
    throw InputError(file_, "the lock file keeps being replaced by other processes: is another training starting?");
}

bool RunFolderLock::tryAcquire() {
    const int descriptor = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (descriptor < 0) throw InputError(file_, std::string("cannot create the lock file: ") + std::strerror(errno));
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        const int cause = errno;
        const std::optional<Holder> holder = parse(contentOf(descriptor));
        ::close(descriptor);
        if (cause != EWOULDBLOCK)
            throw InputError(file_, std::string("cannot lock the run folder: ") + std::strerror(cause));
        throw InputError(file_, "another training is writing this run folder (" +
                                    (holder ? describe(*holder) : std::string("holder unknown")) +
                                    "): wait for it to finish, stop it, or choose another --out folder");
    }
    struct stat opened {}, named {};
    if (::fstat(descriptor, &opened) != 0 || ::stat(file_.c_str(), &named) != 0 || opened.st_ino != named.st_ino ||
        opened.st_dev != named.st_dev) {
        ::close(descriptor); // we locked a file its holder had just removed
        return false;
    }
    const std::optional<Holder> previous = parse(contentOf(descriptor));
    const std::string host = thisHost();
    if (previous && previous->host == host && previous->pid != long(::getpid()) && isAlive(previous->pid)) {
        // flock says free, yet the recorded process lives: a file system without working locks. Refuse.
        ::close(descriptor);
        throw InputError(file_, "the run folder is recorded as being written by " + describe(*previous) +
                                    ", which is still running: stop it, or remove the lock file if it is not a "
                                    "training");
    }
    if (previous) {
        takeoverWarning_ = "taking over a stale lock on " + file_.parent_path().string() + " left by " +
                           describe(*previous) + " (no longer running)";
        log::warn(takeoverWarning_);
    }
    const std::string record =
        nlohmann::json{{"pid", long(::getpid())}, {"host", host}, {"started", nowUtc()}}.dump() + "\n";
    if (::ftruncate(descriptor, 0) != 0 || ::pwrite(descriptor, record.data(), record.size(), 0) != ssize_t(record.size())) {
        const int cause = errno;
        ::close(descriptor);
        throw InputError(file_, std::string("cannot write the lock file: ") + std::strerror(cause));
    }
    descriptor_ = descriptor;
    return true;
}

RunFolderLock::~RunFolderLock() {
    if (descriptor_ < 0) return;
    ::unlink(file_.c_str());
    ::close(descriptor_);
}

} // namespace crossseg
