// crossseg demo-data: writes the synthetic cardiac CT/MR dataset (MM-WHS naming) used by the demo and the tests.
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/phantom/DemoDatasetGenerator.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <iostream>
#include <memory>

namespace crossseg::cli {
namespace {

void setupDemoData(CLI::App& command) {
    auto options = std::make_shared<DemoDatasetGenerator::Options>();
    auto folder = std::make_shared<std::string>();
    command.add_option("--out", *folder, "Folder to write the dataset into (created when absent)")->required();
    command.add_option("--cases", options->casesPerModality, "Training cases per modality (1-99)")
        ->capture_default_str()
        ->check(CLI::Range(1, 99));
    command.add_option("--test-cases", options->testCases, "Labelled CT test cases (default: a third of --cases, at least 1)")
        ->check(CLI::Range(0, 99));
    command.add_option("--seed", options->seed, "Random seed: the same seed gives byte-identical files")->capture_default_str();
    command.add_flag("--force", options->force, "Replace a different demo dataset or foreign files in the folder");
    command.callback([options, folder, &command] {
        options->outputFolder = *folder;
        // --quiet belongs to the root command; progress lines are not errors, so it silences them too.
        const bool quiet = command.get_parent() && command.get_parent()->count("--quiet") > 0;
        ConsoleProgress progress(quiet);
        TaskControl control(&progress);
        const auto result = DemoDatasetGenerator::generate(*options, &control);
        log::info("demo-data: wrote " + std::to_string(result.written.size()) + " files, kept " +
                  std::to_string(result.kept.size()) + " already present, in " + options->outputFolder.string());
    });
}

const bool registered = CommandRegistry::add(
    "", "demo-data", "Generate the demo cardiac phantom (CT and MR, MM-WHS naming and labels)", &setupDemoData);

} // namespace
} // namespace crossseg::cli
