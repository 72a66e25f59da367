#pragma once
#include <map>
#include <string>
#include <vector>

namespace crossseg {

// What a training run tells whoever watches it (the CLI prints it; the Studio forwards it to the GUI thread).
// Called on the training thread.
struct TrainingIterationReport {
    std::string stage;                       // "iam" (stage 1: image alignment) or "segmentation"
    int iteration = 0;                       // within the stage, 1-based
    int totalIterations = 0;                 // of the stage
    std::map<std::string, double> losses;    // every loss term by name, e.g. "real_sup", "real_kd", "syn_sup", ...
    double secondsPerIteration = 0.0;
    double etaSeconds = 0.0;                 // for the whole run
};

struct TrainingValidationReport {
    int iteration = 0;
    std::map<std::string, std::vector<double>> perClassDice; // model ("real", "syn", "ensemble", "single") -> Dice per foreground class
    std::map<std::string, double> meanDice;                  // model -> mean over foreground classes
    double selectionDice = 0.0;                              // the value that picks the best checkpoint
    bool isBest = false;
};

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onIteration(const TrainingIterationReport& report) = 0;
    virtual void onValidation(const TrainingValidationReport& report) = 0;
    virtual void onMessage(const std::string& message) { (void)message; }
};

} // namespace crossseg
