// crossseg evaluate: Dice, HD95 and ASSD of every model of a trained run on a labelled split (ct_test by default),
// written as JSON (the interface other tools read: see core/eval/EvaluationReport.h) plus a table on stdout.
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/eval/RunEvaluator.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <cstdio>
#include <iostream>
#include <memory>

namespace crossseg::cli {
namespace {

struct EvaluateArguments {
    RunEvaluator::Options options;
    std::string json;
};

void setupEvaluate(CLI::App& command) {
    auto a = std::make_shared<EvaluateArguments>();
    command.add_option("--run", a->options.runDir, "Run folder written by `crossseg train`")->required();
    command.add_option("--dataset", a->options.dataset, "Dataset: manifest JSON, MM-WHS or nnU-Net folder")
        ->required();
    command.add_option("--split", a->options.split, "Split to evaluate on (labelled cases only)")
        ->capture_default_str();
    command.add_option("--json", a->json, "Where to write the results (JSON, written atomically)")->required();
    command.add_option("--device", a->options.device, "cpu | cuda | cuda:N")->capture_default_str();
    command.add_option("--model", a->options.models,
                       "Only these models (ensemble, real, syn, single); default: every model of the run");
    command.add_option("--postprocess", a->options.postprocess,
                       "none | largest-component (per class, the largest 3D component and those of at least a "
                       "tenth of its size)")
        ->capture_default_str();
    command.callback([a] {
        // Check the run folder before the dataset is read: a wrong --run should fail at once.
        RunEvaluator::requireRunFolder(a->options.runDir);
        ConsoleProgress progress;
        TaskControl control(&progress);
        const EvaluationReport report = RunEvaluator::evaluate(a->options, &control);
        report.save(a->json);
        std::cout << report.table();
        const auto dice = report.modelSummary(report.defaultModel()).dice;
        char line[160];
        std::snprintf(line, sizeof line, "method %s, mean Dice (%s) %s\n", report.method().c_str(),
                      report.defaultModel().c_str(), dice ? std::to_string(*dice).c_str() : "n/a");
        std::cout << line;
        log::info("evaluate: wrote " + a->json);
    });
}

const bool registered = CommandRegistry::add(
    "", "evaluate", "Evaluate a trained run on a labelled split: Dice, HD95, ASSD per class (JSON + table)",
    &setupEvaluate);

} // namespace
} // namespace crossseg::cli
