#pragma once
#include <filesystem>
#include <string>

// Logging for the whole application. Backed by spdlog (console plus a rotating file in the user's data
// directory) where it is available, and by plain stderr on GPU servers that only have LibTorch.
namespace crossseg::log {

enum class Level { Debug, Info, Warning, Error, Off };

struct LogOptions {
    Level consoleLevel = Level::Info;
    bool logToFile = true;
    std::filesystem::path logFile; // empty: <user data dir>/logs/crossseg.log
};

void setup(const LogOptions& options);

void debug(const std::string& message);
void info(const std::string& message);
void warn(const std::string& message);
void error(const std::string& message);

// The console threshold set by setup() (--quiet sets Error: progress printers stay silent too).
Level consoleLevel();

// Where the rotating log file lives (empty when file logging is off).
std::filesystem::path currentLogFile();

// Extra receivers of every message (the Studio's log panel). Called from any thread.
using Listener = void (*)(Level level, const std::string& message, void* context);
void addListener(Listener listener, void* context);
void removeListener(Listener listener, void* context);

} // namespace crossseg::log
