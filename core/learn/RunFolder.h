#pragma once
#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace crossseg {

// The metrics log of a run folder (metrics.jsonl). config.json, status.json and the paths of the other files are
// RunRecord's (see RunRecord.h for the layout). metrics.jsonl is kept in memory and rewritten whole,
// atomically, so a reader never sees a half line.
class RunFolder {
public:
    explicit RunFolder(std::filesystem::path root);

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path metricsFile() const { return root_ / "metrics.jsonl"; }

    // On resume: keeps the metric lines of iterations up to `iteration` (later ones are being redone) and the IAM
    // stage's lines, which the first IAM line appended replaces if that stage trains again.
    void loadMetrics(long long iteration);
    void appendMetrics(const nlohmann::json& line);

private:
    void rewriteText();

    std::filesystem::path root_;
    std::vector<std::string> metricLines_;
    std::string metricsText_;
    bool keptIamLines_ = false;               // loadMetrics kept IAM lines that a retrained IAM stage replaces
    std::optional<std::size_t> redoneIamAt_;  // while that stage trains again: where its next line goes
};

} // namespace crossseg
