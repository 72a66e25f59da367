#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

// The files of a run folder (see TrainingConfig.h for what each holds). Every write is atomic; metrics.jsonl is
// kept in memory and rewritten whole, so a reader never sees a half line.
class RunFolder {
public:
    explicit RunFolder(std::filesystem::path root);

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path configFile() const { return root_ / "config.json"; }
    std::filesystem::path statusFile() const { return root_ / "status.json"; }
    std::filesystem::path metricsFile() const { return root_ / "metrics.jsonl"; }
    std::filesystem::path latestCheckpoint() const { return root_ / "checkpoints" / "latest.pt"; }
    std::filesystem::path bestCheckpoint() const { return root_ / "checkpoints" / "best.pt"; }

    void writeConfig(const nlohmann::json& config) const;
    nlohmann::json readConfig() const; // throws InputError when missing or not JSON
    void writeStatus(const nlohmann::json& status) const;

    // On resume: keeps the metric lines of iterations up to `iteration` (later ones are being redone).
    void loadMetrics(long long iteration);
    void appendMetrics(const nlohmann::json& line);

private:
    std::filesystem::path root_;
    std::vector<std::string> metricLines_;
    std::string metricsText_;
};

} // namespace crossseg
