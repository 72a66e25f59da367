#include "ui/model/RunFolderSummary.h"

#include "core/learn/RunRecord.h"
#include "core/util/Log.h"

#include <algorithm>

namespace crossseg::ui {

bool RunFolderSummary::canResume() const {
    // A "running" run whose owner is gone (crash, killed Studio) is resumable too; the panel cannot tell it from a
    // live one, so it offers resume only when this Studio is not training (see RunsPanel).
    return hasLatestCheckpoint && state != RunState::Finished;
}

std::string RunFolderSummary::stateText() const { return state ? toString(*state) : std::string(); }

std::optional<RunFolderSummary> RunFolderSummary::read(const std::filesystem::path& folder) {
    if (!RunRecord::exists(folder)) return std::nullopt;
    RunFolderSummary out;
    out.folder = folder;
    out.name = folder.filename().string();
    const RunRecord paths(folder);
    out.hasLatestCheckpoint = std::filesystem::exists(paths.latestCheckpoint());
    out.hasBestCheckpoint = std::filesystem::exists(paths.bestCheckpoint());
    try {
        const RunRecord record = RunRecord::read(folder);
        out.method = toString(record.config.method);
        out.trainsImageAlignment = record.method().needsIam;
        out.profile = record.config.profile;
        out.device = record.config.device;
        out.labeledTarget = record.config.labeledTarget;
        out.seed = static_cast<long long>(record.config.seed);
        if (const auto status = record.readStatus()) {
            out.state = status->state;
            out.iteration = status->iteration;
            out.totalIterations = status->totalIterations;
            out.bestMeanDice = status->bestMeanDice;
            out.bestIteration = status->bestIteration;
            out.message = status->message;
        }
    } catch (const std::exception& e) {
        // Listed all the same, so that the user sees the folder and why it cannot be used.
        log::warn(std::string("runs panel: ") + e.what());
        out.message = e.what();
    }
    return out;
}

std::vector<RunFolderSummary> RunFolderSummary::scan(const std::filesystem::path& runsFolder) {
    std::vector<std::pair<std::filesystem::file_time_type, RunFolderSummary>> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(runsFolder, ec)) {
        if (!entry.is_directory()) continue;
        if (auto summary = read(entry.path()))
            found.emplace_back(std::filesystem::last_write_time(RunRecord(entry.path()).configFile(), ec), *summary);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<RunFolderSummary> out;
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

} // namespace crossseg::ui
