#include "core/eval/RunEvaluator.h"

#include "core/dataset/DatasetDiscovery.h"
#include "core/dataset/DatasetLoader.h"
#include "core/eval/SegmentationMetrics.h"
#include "core/learn/Predictor.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace crossseg {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

} // namespace

void RunEvaluator::requireRunFolder(const std::filesystem::path& runDir) {
    if (runDir.empty()) throw InputError("no run folder given");
    if (!std::filesystem::exists(runDir)) throw InputError(runDir, "run folder does not exist");
    if (!std::filesystem::is_directory(runDir)) throw InputError(runDir, "not a run folder (not a directory)");
    if (!std::filesystem::exists(runDir / "config.json"))
        throw InputError(runDir, "not a run folder (no config.json: train into it with `crossseg train --out`)");
}

EvaluationReport RunEvaluator::evaluate(const Options& options, TaskControl* control) {
    requireRunFolder(options.runDir);
    const PredictionPostprocessing postprocessing = PredictionPostprocessing::parse(options.postprocess);
    const Dataset dataset = DatasetDiscovery::open(options.dataset);
    const auto cases = dataset.casesInSplit(options.split);
    std::vector<const DatasetCase*> labelled;
    for (const DatasetCase* c : cases)
        if (c->hasLabel()) labelled.push_back(c);
    if (labelled.empty())
        throw InputError(options.dataset, "split '" + options.split + "' has no case with a reference label");
    if (labelled.size() < cases.size())
        log::warn("evaluate: " + std::to_string(cases.size() - labelled.size()) + " case(s) of split '" +
                  options.split + "' have no label and are skipped");

    auto predictor = Predictor::load(options.runDir, options.device);
    predictor->setPostprocessing(postprocessing);
    const auto classes = predictor->classes();
    if (classes != dataset.classes)
        throw InputError(options.dataset, "its classes (" + joined(dataset.classes) +
                                              ") differ from those the run was trained on (" + joined(classes) + ")");
    std::vector<std::string> models = options.models;
    const auto available = predictor->models();
    if (models.empty()) models = available;
    for (const auto& m : models)
        if (std::find(available.begin(), available.end(), m) == available.end())
            throw InputError(options.runDir, "model '" + m + "' is not available for this " + predictor->method() +
                                                 " run (available: " + joined(available) + ")");

    // Models whose checkpoints hold the same weights share networks: say what a slice batch costs.
    log::info("evaluate: " + joined(models) + ": " + std::to_string(predictor->networkForwardsPerBatch(models)) +
              " network forward(s) per batch of slices");

    EvaluationReport report(predictor->method(), classes, predictor->defaultModel());
    report.setInfo("run", std::filesystem::absolute(options.runDir).string());
    report.setInfo("dataset", dataset.root.string());
    report.setInfo("split", options.split);
    report.setInfo("device", options.device);
    report.setInfo("postprocessing", postprocessing.name());

    const double steps = static_cast<double>(labelled.size() * models.size());
    std::size_t done = 0;
    for (const DatasetCase* c : labelled) {
        if (control) control->checkpoint();
        const LoadedCase loaded = DatasetLoader::load(dataset, *c);
        if (loaded.labels.empty()) throw InputError(c->label, "reference label could not be read");
        if (control) control->report("evaluate", done / steps, c->id + " (predict)");
        // Every model of the case at once: the image is preprocessed once and each network runs once, shared by
        // the ensemble, S_real and S_syn. Prediction on the canonical image gives labels on the reference's own
        // grid: compare there.
        const auto start = std::chrono::steady_clock::now();
        const std::map<std::string, LabelVolume> predicted = predictor->predictModels(loaded.image, models, nullptr);
        const auto predictedAt = std::chrono::steady_clock::now();
        log::debug("evaluate: " + c->id + ": " + std::to_string(models.size()) + " model(s) predicted in " +
                   std::to_string(std::chrono::duration<double>(predictedAt - start).count()) + " s");
        for (const auto& model : models) {
            if (control) {
                control->checkpoint();
                control->report("evaluate", done / steps, c->id + " (" + model + ")");
            }
            const auto metricsStart = std::chrono::steady_clock::now();
            auto metrics = SegmentationMetrics::compare(predicted.at(model), loaded.labels, classes);
            const auto end = std::chrono::steady_clock::now();
            double dice = 0.0;
            for (const auto& m : metrics) dice += m.dice;
            char line[256];
            std::snprintf(line, sizeof line, "evaluate: %s %s: mean Dice %.4f (metrics %.2f s)", c->id.c_str(),
                          model.c_str(), metrics.empty() ? 0.0 : dice / metrics.size(),
                          std::chrono::duration<double>(end - metricsStart).count());
            log::debug(line);
            report.addCase(model, c->id, std::move(metrics));
            ++done;
        }
    }
    if (control) control->report("evaluate", 1.0, std::to_string(labelled.size()) + " cases");
    return report;
}

} // namespace crossseg
