#include "ui/model/TeachingPipeline.h"

#include "ui/model/CaseSource.h"
#include "core/image/LabelOverlap.h"
#include "core/learn/Method.h"
#include "core/learn/Predictor.h"
#include "core/learn/RunRecord.h"
#include "core/phantom/DemoDatasetGenerator.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#include "core/workflow/TrainingJob.h"

#include <algorithm>

namespace crossseg::ui {

namespace {

bool finishedRun(const std::filesystem::path& runDir) {
    if (!RunRecord::exists(runDir)) return false;
    try {
        const RunRecord record = RunRecord::read(runDir);
        const auto status = record.readStatus();
        return status && status->state == RunState::Finished && std::filesystem::exists(record.bestCheckpoint());
    } catch (const std::exception& e) {
        log::warn("teaching demo: " + std::string(e.what()) + "; training again");
        return false;
    }
}

TrainingConfig demoConfig(const TeachingPipeline::Options& options, Method method, const std::filesystem::path& runDir) {
    TrainingConfig config;
    config.method = method;
    config.profile = options.profile;
    config.labeledTarget = 1; // the demo's point: very few labelled CT cases
    config.seed = options.seed;
    config.runDir = runDir;
    // An interrupted demo continues where it stopped.
    config.resume = std::filesystem::exists(RunRecord(runDir).latestCheckpoint());
    return config;
}

// Trains one method on the prepared cache with CrossSeg's one training job, unless it already finished here.
void train(const TeachingPipeline::Options& options, const std::filesystem::path& cache, Method method,
           const std::filesystem::path& runDir, TaskControl& control, TrainingObserver* observer) {
    if (finishedRun(runDir)) {
        log::info("teaching demo: reusing the finished run " + runDir.string());
        return;
    }
    TrainingJob job(demoConfig(options, method, runDir));
    job.useCache(cache);
    control.report("teaching", -1.0, "training " + toString(method));
    job.train(control, observer);
}

} // namespace

double TeachingPipeline::meanDice(const LabelVolume& prediction, const LabelVolume& reference, int classCount) {
    // The one label-overlap rule of CrossSeg (core/image/LabelOverlap), as evaluation and validation count it.
    LabelOverlap overlap(classCount);
    overlap.add(prediction.voxels().data(), reference.voxels().data(),
                std::min(prediction.voxels().size(), reference.voxels().size()));
    return overlap.meanForegroundDice();
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
    results.mutualRun = options.workFolder / "runs" / ("mkd-iam-" + options.profile);
    results.baselineRun = options.workFolder / "runs" / ("target-only-" + options.profile);
    // One slice cache at the profile's slice size serves both runs.
    results.cacheFolder = TrainingJob(demoConfig(options, Method::MkdIam, results.mutualRun))
                              .prepare(*dataset, options.workFolder / "cache", control);
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
