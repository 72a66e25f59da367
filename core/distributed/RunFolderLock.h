#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace crossseg {

// Keeps two trainings from writing one run folder. The lock file (<run>/run.lock) records who writes the folder
// (PID, host, start time) and is held with flock() for the holder's lifetime: the kernel releases it when the
// holder exits or crashes, so a lock left by a dead process is recognised as stale and taken over (with a
// warning), while a live holder makes the second training fail with a message naming it.
class RunFolderLock {
public:
    struct Holder {
        long pid = 0;
        std::string host;
        std::string started; // UTC, ISO 8601
    };

    // Creates the folder when needed and takes the lock. Throws InputError naming the lock file, the holder's PID
    // and host when another live process holds it, or the cause when the file cannot be created or locked.
    explicit RunFolderLock(const std::filesystem::path& runFolder);
    ~RunFolderLock(); // removes the lock file, then releases it
    RunFolderLock(const RunFolderLock&) = delete;
    RunFolderLock& operator=(const RunFolderLock&) = delete;

    static std::filesystem::path fileFor(const std::filesystem::path& runFolder) { return runFolder / "run.lock"; }
    // What a lock file says (nullopt when absent or unreadable).
    static std::optional<Holder> read(const std::filesystem::path& lockFile);

    const std::filesystem::path& file() const { return file_; }
    // Non-empty when a stale lock was taken over: the warning that was logged.
    const std::string& takeoverWarning() const { return takeoverWarning_; }

private:
    bool tryAcquire();

    std::filesystem::path file_;
    int descriptor_ = -1;
    std::string takeoverWarning_;
};

} // namespace crossseg
