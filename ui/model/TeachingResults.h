#pragma once
#include "ui/model/CaseData.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace crossseg::ui {

// What the teaching demo's background pipeline produced: the demo data, its slice cache, the two trained runs,
// and the predictions of every model on one CT test case with their Dice against the reference.
struct TeachingResults {
    std::filesystem::path datasetFolder;
    std::filesystem::path cacheFolder;
    std::filesystem::path mutualRun;      // mkd-iam
    std::filesystem::path baselineRun;    // target-only
    std::shared_ptr<CaseData> testCase;   // canonical image and reference labels
    std::map<std::string, LabelVolume> predictions; // "real", "syn", "ensemble", "target-only"
    std::map<std::string, double> meanDice;         // same keys; mean over foreground classes
    std::vector<std::string> classes;               // [0] = background
};

} // namespace crossseg::ui
