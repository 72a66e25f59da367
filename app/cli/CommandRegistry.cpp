#include "CommandRegistry.h"

#include <algorithm>
#include <map>
#include <vector>

namespace crossseg::cli {
namespace {
struct Entry {
    std::string parent, name, description;
    CommandRegistry::Setup setup;
};
std::vector<Entry>& entries() {
    static std::vector<Entry> all;
    return all;
}
const std::map<std::string, std::string>& groupDescriptions() {
    static const std::map<std::string, std::string> groups{
        {"bench", "Benchmarks: io, train, surface (numbers for docs/BENCHMARKS.md)"}};
    return groups;
}
} // namespace

bool CommandRegistry::add(const std::string& parent, const std::string& name, const std::string& description,
                          Setup setup) {
    entries().push_back({parent, name, description, std::move(setup)});
    return true;
}

void CommandRegistry::installAll(CLI::App& root) {
    auto sorted = entries();
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.parent, a.name) < std::tie(b.parent, b.name); });
    std::map<std::string, CLI::App*> groups;
    for (const auto& e : sorted) {
        CLI::App* parent = &root;
        if (!e.parent.empty()) {
            auto it = groups.find(e.parent);
            if (it == groups.end()) {
                auto d = groupDescriptions().find(e.parent);
                CLI::App* group = root.add_subcommand(e.parent, d == groupDescriptions().end() ? e.parent : d->second);
                group->require_subcommand(1);
                it = groups.emplace(e.parent, group).first;
            }
            parent = it->second;
        }
        CLI::App* command = parent->add_subcommand(e.name, e.description);
        e.setup(*command);
    }
}

} // namespace crossseg::cli
