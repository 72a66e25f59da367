#pragma once
#include "core/eval/EvaluationReport.h"

#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

class TaskControl;

// Evaluates a trained run on the labelled cases of one dataset split: every case is loaded on the canonical grid
// (DatasetLoader), segmented by each requested model of the run (Predictor) and compared with its reference label
// on that same grid (SegmentationMetrics). The split must never be one the run trained or validated on: the
// caller chooses it (`ct_test` by default).
class RunEvaluator {
public:
    struct Options {
        std::filesystem::path runDir;
        std::filesystem::path dataset;  // manifest JSON, MM-WHS or nnU-Net folder
        std::string split = "ct_test";
        std::string device = "cpu";
        std::vector<std::string> models; // empty: every model the run offers
        std::string postprocess = "none"; // PredictionPostprocessing: none | largest-component
    };

    // Throws InputError naming the run folder, the dataset, the split or a case when one of them is unusable
    // (missing folder, no checkpoint, unknown split, no labelled case, classes that differ from the run's).
    // Reports progress as stage "evaluate"; cancellable at every case and model.
    static EvaluationReport evaluate(const Options& options, TaskControl* control = nullptr);

    // The checks on the run folder alone, done before anything slow (also used by `crossseg demo`).
    static void requireRunFolder(const std::filesystem::path& runDir);
};

} // namespace crossseg
