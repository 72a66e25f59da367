#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace crossseg::cli {

// Each command lives in its own file and registers itself here at static-initialisation time:
//   static const bool registered = CommandRegistry::add("bench", "io", &setupBenchIo);
// so that adding a command never means editing a central list.
class CommandRegistry {
public:
    // setup receives the command's own CLI::App (already created with name and description); it adds options
    // and a callback. The callback throws on failure (InputError for the user's mistakes).
    using Setup = std::function<void(CLI::App& command)>;

    // parent: "" for a top-level command, or the name of a group ("bench").
    static bool add(const std::string& parent, const std::string& name, const std::string& description, Setup setup);
    static void installAll(CLI::App& root);
};

} // namespace crossseg::cli
