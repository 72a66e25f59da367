// crossseg: the command line of CrossSeg. Commands register themselves (CommandRegistry); this file only sets up
// logging and turns errors into one clear line and a non-zero exit code.
#include "CommandRegistry.h"

#include "core/util/BuildCommit.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"CrossSeg: cross-modality medical image segmentation (MR helps segment CT)", "crossseg"};
    app.set_version_flag("--version", std::string(CROSSSEG_VERSION) + " (" + crossseg::BuildCommit::text() + ")");
    bool verbose = false;
    bool quiet = false;
    std::string logFile;
    app.add_flag("-v,--verbose", verbose, "Print debug messages");
    app.add_flag("-q,--quiet", quiet, "Print only errors");
    app.add_option("--log-file", logFile, "Rotating log file (default: <user data dir>/logs/crossseg.log)");
    app.require_subcommand(1);
    crossseg::cli::CommandRegistry::installAll(app);

    // Logging must be set up before any command callback runs: parse_complete_callback fires first.
    app.parse_complete_callback([&] {
        crossseg::log::LogOptions options;
        options.consoleLevel = verbose ? crossseg::log::Level::Debug
                                       : (quiet ? crossseg::log::Level::Error : crossseg::log::Level::Info);
        options.logFile = logFile;
        crossseg::log::setup(options);
    });

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const crossseg::TaskCancelled& e) {
        crossseg::log::warn(e.what());
        return 130;
    } catch (const crossseg::InputError& e) {
        crossseg::log::error(e.what());
        return 2;
    } catch (const std::exception& e) {
        crossseg::log::error(std::string("error: ") + e.what());
        return 1;
    }
    return 0;
}
