#include "core/util/Log.h"

#include "core/util/UserDataPaths.h"

#include <algorithm>
#include <iostream>
#include <mutex>
#include <utility>
#include <vector>

#ifdef CROSSSEG_HAVE_SPDLOG
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#endif

namespace crossseg::log {
namespace {

struct LogState {
    std::mutex mutex;
    std::vector<std::pair<Listener, void*>> listeners;
    std::filesystem::path file;
    Level consoleLevel = Level::Info;
#ifdef CROSSSEG_HAVE_SPDLOG
    std::shared_ptr<spdlog::logger> logger;
#endif
};

LogState& state() {
    static LogState instance;
    return instance;
}

#ifdef CROSSSEG_HAVE_SPDLOG
spdlog::level::level_enum toSpdlog(Level level) {
    switch (level) {
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warning: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    case Level::Off: return spdlog::level::off;
    }
    return spdlog::level::info;
}

std::shared_ptr<spdlog::logger> makeLogger(const LogOptions& options, std::filesystem::path& fileOut) {
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(toSpdlog(options.consoleLevel));
    console->set_pattern("%^[%l]%$ %v");
    sinks.push_back(console);
    if (options.logToFile) {
        std::filesystem::path file = options.logFile;
        if (file.empty()) file = UserDataPaths::dataDirectory() / "logs" / "crossseg.log";
        try {
            std::filesystem::create_directories(file.parent_path());
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.string(), 5 * 1024 * 1024, 3);
            rotating->set_level(spdlog::level::debug);
            sinks.push_back(rotating);
            fileOut = file;
        } catch (const std::exception& e) {
            std::cerr << "[warning] cannot open log file " << file.string() << ": " << e.what() << "\n";
        }
    }
    auto logger = std::make_shared<spdlog::logger>("crossseg", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    return logger;
}
#endif

void emit(Level level, const std::string& message) {
    LogState& s = state();
    std::vector<std::pair<Listener, void*>> listeners;
    {
        std::lock_guard<std::mutex> lock(s.mutex);
#ifdef CROSSSEG_HAVE_SPDLOG
        if (!s.logger) {
            LogOptions defaults;
            defaults.logToFile = false;
            s.logger = makeLogger(defaults, s.file);
        }
        s.logger->log(toSpdlog(level), message);
#else
        if (level >= s.consoleLevel && level != Level::Off) {
            static const char* names[] = {"debug", "info", "warning", "error"};
            std::cerr << "[" << names[static_cast<int>(level)] << "] " << message << "\n";
        }
#endif
        listeners = s.listeners;
    }
    for (auto& [listener, context] : listeners) listener(level, message, context);
}

} // namespace

void setup(const LogOptions& options) {
    LogState& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.consoleLevel = options.consoleLevel;
    s.file.clear();
#ifdef CROSSSEG_HAVE_SPDLOG
    s.logger = makeLogger(options, s.file);
#endif
}

void debug(const std::string& message) { emit(Level::Debug, message); }
void info(const std::string& message) { emit(Level::Info, message); }
void warn(const std::string& message) { emit(Level::Warning, message); }
void error(const std::string& message) { emit(Level::Error, message); }

Level consoleLevel() {
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().consoleLevel;
}

std::filesystem::path currentLogFile() {
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().file;
}

void addListener(Listener listener, void* context) {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().listeners.emplace_back(listener, context);
}

void removeListener(Listener listener, void* context) {
    std::lock_guard<std::mutex> lock(state().mutex);
    auto& l = state().listeners;
    l.erase(std::remove(l.begin(), l.end(), std::make_pair(listener, context)), l.end());
}

} // namespace crossseg::log
