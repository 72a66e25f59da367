#pragma once
#include "ui/model/TeachingResults.h"

#include <filesystem>
#include <string>

namespace crossseg {
class TaskControl;
class TrainingObserver;
}

namespace crossseg::ui {

// The teaching demo's work, run on a background thread: generate the demo phantom (nothing is downloaded),
// preprocess it, train mkd-iam and the target-only baseline with a small profile, and predict one CT test case
// with every model. Runs that already finished in the work folder are reused, so a second demo starts at once.
class TeachingPipeline {
public:
    struct Options {
        std::filesystem::path workFolder;      // holds data/, cache/, runs/
        std::string profile = "smoke";         // smoke (about a minute) or cpu-quick (minutes)
        int casesPerModality = 3;
        std::uint64_t seed = 0;
    };

    static TeachingResults run(const Options& options, TaskControl& control, TrainingObserver* observer);

    // Mean Dice over the foreground classes 1..classCount-1 that occur in the reference or the prediction
    // (LabelOverlap: the same rule as evaluation and validation).
    static double meanDice(const LabelVolume& prediction, const LabelVolume& reference, int classCount);
};

} // namespace crossseg::ui
