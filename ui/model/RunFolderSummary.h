#pragma once
// What the runs panel shows of one run folder, as its RunRecord tells it (config.json, status.json). Qt-free.
#include "core/learn/RunStatus.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace crossseg::ui {

struct RunFolderSummary {
    std::filesystem::path folder;
    std::string name;                      // folder name
    std::string method, profile, device;
    bool trainsImageAlignment = false;     // the method has an IAM the alignment view can show
    int labeledTarget = -1;
    long long seed = -1;
    std::optional<RunState> state;         // nothing: no status yet (still preparing, or a crashed start)
    long long iteration = 0, totalIterations = 0;
    std::optional<double> bestMeanDice;    // nothing: no validation yet
    long long bestIteration = -1;
    std::string message;                   // the status message, or why the folder could not be read
    bool hasLatestCheckpoint = false;
    bool hasBestCheckpoint = false;

    bool canResume() const;   // stopped before the end with a checkpoint to continue from
    bool canPredict() const { return hasBestCheckpoint; }
    std::string stateText() const; // "running", "finished", ... ; "" without a status

    // One folder; nothing when it holds no config.json (not a run).
    static std::optional<RunFolderSummary> read(const std::filesystem::path& folder);
    // Every run folder directly inside `runsFolder`, newest first.
    static std::vector<RunFolderSummary> scan(const std::filesystem::path& runsFolder);
};

} // namespace crossseg::ui
