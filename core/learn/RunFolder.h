#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

// The metrics log of a run folder (metrics.jsonl) and the paths of its files. config.json and status.json are
// RunRecord's alone (see RunRecord.h for the layout). metrics.jsonl is kept in memory and rewritten whole,
// atomically, so a reader never sees a half line.
class RunFolder {
public:
    explicit RunFolder(std::filesystem::path root);

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path configFile() const { return root_ / "config.json"; }
    std::filesystem::path statusFile() const { return root_ / "status.json"; }
    std::filesystem::path metricsFile() const { return root_ / "metrics.jsonl"; }
    std::filesystem::path latestCheckpoint() const { return root_ / "checkpoints" / "latest.pt"; }
    std::filesystem::path bestCheckpoint() const { return root_ / "checkpoints" / "best.pt"; }

    // Deprecated, for the Studio until it asks RunRecord::read: config.json as JSON (InputError when missing).
    nlohmann::json readConfig() const;

    // On resume: keeps the metric lines of iterations up to `iteration` (later ones are being redone).
    void loadMetrics(long long iteration);
    void appendMetrics(const nlohmann::json& line);

private:
    std::filesystem::path root_;
    std::vector<std::string> metricLines_;
    std::string metricsText_;
};

} // namespace crossseg
