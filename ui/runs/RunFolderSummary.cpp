#include "ui/runs/RunFolderSummary.h"

#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace crossseg::ui {

namespace {

bool readJson(const std::filesystem::path& file, nlohmann::json& out) {
    std::ifstream in(file);
    if (!in) return false;
    try {
        in >> out;
        return true;
    } catch (const std::exception& e) {
        log::warn(file.string() + ": not valid JSON (" + e.what() + ")");
        return false;
    }
}

QString text(const nlohmann::json& json, const char* key) {
    auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

long long number(const nlohmann::json& json, const char* key, long long fallback) {
    auto it = json.find(key);
    return it != json.end() && it->is_number() ? it->get<long long>() : fallback;
}

} // namespace

bool RunFolderSummary::canResume() const {
    // A "running" run whose owner is gone (crash, killed Studio) is resumable too; the panel cannot tell it from a
    // live one, so it offers resume only when this Studio is not training (see RunsPanel).
    return hasLatestCheckpoint && state != "finished";
}

bool RunFolderSummary::read(const std::filesystem::path& folder, RunFolderSummary& out) {
    nlohmann::json config;
    if (!readJson(folder / "config.json", config) || !config.is_object()) return false;
    out = RunFolderSummary{};
    out.folder = folder;
    out.name = QString::fromStdString(folder.filename().string());
    out.method = text(config, "method");
    out.profile = text(config, "profile");
    out.device = text(config, "device");
    out.labeledTarget = static_cast<int>(number(config, "labeled_target", -1));
    out.seed = number(config, "seed", -1);
    nlohmann::json status;
    if (readJson(folder / "status.json", status) && status.is_object()) {
        out.state = text(status, "state");
        out.iteration = number(status, "iteration", 0);
        out.totalIterations = number(status, "total_iterations", 0);
        out.bestIteration = number(status, "best_iteration", -1);
        out.message = text(status, "message");
        if (auto it = status.find("best_mean_dice"); it != status.end() && it->is_number())
            out.bestMeanDice = it->get<double>();
    }
    out.hasLatestCheckpoint = std::filesystem::exists(folder / "checkpoints" / "latest.pt");
    out.hasBestCheckpoint = std::filesystem::exists(folder / "checkpoints" / "best.pt");
    return true;
}

std::vector<RunFolderSummary> RunFolderSummary::scan(const std::filesystem::path& runsFolder) {
    std::vector<std::pair<std::filesystem::file_time_type, RunFolderSummary>> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(runsFolder, ec)) {
        if (!entry.is_directory()) continue;
        RunFolderSummary summary;
        if (read(entry.path(), summary))
            found.emplace_back(std::filesystem::last_write_time(entry.path() / "config.json", ec), summary);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<RunFolderSummary> out;
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

} // namespace crossseg::ui
