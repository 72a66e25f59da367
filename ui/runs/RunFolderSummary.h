#pragma once
#include <QString>

#include <filesystem>
#include <vector>

namespace crossseg::ui {

// What the runs panel shows of one run folder, read from its config.json and status.json.
struct RunFolderSummary {
    std::filesystem::path folder;
    QString name;              // folder name
    QString method, profile, device;
    int labeledTarget = -1;
    long long seed = -1;
    QString state;             // running | paused | finished | failed | cancelled | "" (no status yet)
    long long iteration = 0, totalIterations = 0;
    double bestMeanDice = -1;  // -1: no validation yet
    long long bestIteration = -1;
    QString message;
    bool hasLatestCheckpoint = false;
    bool hasBestCheckpoint = false;

    bool canResume() const;   // stopped before the end with a checkpoint to continue from
    bool canPredict() const { return hasBestCheckpoint; }

    // Reads one folder; returns false when it holds no config.json (not a run).
    static bool read(const std::filesystem::path& folder, RunFolderSummary& out);
    // Every run folder directly inside `runsFolder`, newest first.
    static std::vector<RunFolderSummary> scan(const std::filesystem::path& runsFolder);
};

} // namespace crossseg::ui
