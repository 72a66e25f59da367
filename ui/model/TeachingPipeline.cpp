#include "ui/model/TeachingPipeline.h"

#include "ui/model/CaseSource.h"
#include "core/dataset/DatasetCachePreparer.h"
#include "core/learn/Method.h"
#include "core/learn/Predictor.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/TrainingRun.h"
#include "core/phantom/DemoDatasetGenerator.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace crossseg::ui {

namespace {

bool finishedRun(const std::filesystem::path& runDir) {
    std::ifstream in(runDir / "status.json");
    if (!in) return false;
    try {
        nlohmann::json status;
        in >> status;
        return status.value("state", std::string()) == "finished" &&
               std::filesystem::exists(runDir / "checkpoints" / "best.pt");
    } catch (...) {
        return false;
    }
}

void train(const TeachingPipeline::Options& options, const std::filesystem::path& cache, Method method,
           const std::filesystem::path& runDir, TaskControl& control, TrainingObserver* observer) {
    if (finishedRun(runDir)) {
        log::info("teaching demo: reusing the finished run " + runDir.string());
        return;
    }
    TrainingConfig config;
    config.method = method;
    config.profile = options.profile;
    config.labeledTarget = 1; // the demo's point: very few labelled CT cases
    config.seed = options.seed;
    config.cache = cache;
    config.runDir = runDir;
    // An interrupted demo continues where it stopped.
    config.resume = std::filesystem::exists(runDir / "checkpoints" / "latest.pt");
    control.report("teaching", -1.0, "training " + toString(method));
    TrainingRun(config).run(control, observer);
}

} // namespace

double TeachingPipeline::meanDice(const LabelVolume& prediction, const LabelVolume& reference, int classCount) {
    std::vector<long long> both(classCount, 0), inPrediction(classCount, 0), inReference(classCount, 0);
    const auto& p = prediction.voxels();
    const auto& r = reference.voxels();
    for (std::size_t i = 0; i < p.size() && i < r.size(); ++i) {
        if (p[i] < classCount) ++inPrediction[p[i]];
        if (r[i] < classCount) ++inReference[r[i]];
        if (p[i] == r[i] && p[i] < classCount) ++both[p[i]];
    }
    double sum = 0.0;
    int counted = 0;
    for (int c = 1; c < classCount; ++c) {
        if (inPrediction[c] + inReference[c] == 0) continue;
        sum += 2.0 * both[c] / double(inPrediction[c] + inReference[c]);
        ++counted;
    }
    return counted ? sum / counted : 0.0;
}

TeachingResults TeachingPipeline::run(const Options& options, TaskControl& control, TrainingObserver* observer) {
    TeachingResults results;
    results.datasetFolder = options.workFolder / "data";
    control.report("teaching", 0.0, "generating the demo phantom");
    DemoDatasetGenerator::Options demo;
    demo.outputFolder = results.datasetFolder;
    demo.casesPerModality = options.casesPerModality;
    demo.seed = options.seed;
    DemoDatasetGenerator::generate(demo, &control);
    control.checkpoint();

    const auto dataset = CaseSource::openDataset(results.datasetFolder);
    results.classes = dataset->classes;
    const TrainingProfile profile = TrainingProfile::named(options.profile);
    SliceCacheParameters parameters;
    parameters.height = profile.height;
    parameters.width = profile.width;
    results.cacheFolder = DatasetCachePreparer::prepare(*dataset, parameters, options.workFolder / "cache", control);

    results.mutualRun = options.workFolder / "runs" / ("mkd-iam-" + options.profile);
    results.baselineRun = options.workFolder / "runs" / ("target-only-" + options.profile);
    train(options, results.cacheFolder, Method::MkdIam, results.mutualRun, control, observer);
    train(options, results.cacheFolder, Method::TargetOnly, results.baselineRun, control, observer);

    // One CT test case, predicted by every model.
    const DatasetCase* testCase = nullptr;
    for (const auto& [split, ids] : dataset->splits)
        if (split.find("test") != std::string::npos && !ids.empty() && !testCase) testCase = dataset->findCase(ids.front());
    if (!testCase) throw InputError(results.datasetFolder, "the demo dataset has no test case");
    control.report("teaching", -1.0, "predicting " + testCase->id);
    results.testCase = CaseSource::loadCase(*dataset, *testCase);
    const int classCount = static_cast<int>(results.classes.size());
    auto mutual = Predictor::load(results.mutualRun);
    for (const std::string model : {"real", "syn", "ensemble"})
        results.predictions[model] = mutual->predict(results.testCase->image, model, &control);
    auto baseline = Predictor::load(results.baselineRun);
    results.predictions["target-only"] = baseline->predict(results.testCase->image, baseline->defaultModel(), &control);
    if (!results.testCase->reference.empty())
        for (const auto& [model, labels] : results.predictions)
            results.meanDice[model] = meanDice(labels, results.testCase->reference, classCount);
    control.report("teaching", 1.0, "done");
    return results;
}

} // namespace crossseg::ui
