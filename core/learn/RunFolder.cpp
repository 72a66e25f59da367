#include "core/learn/RunFolder.h"

#include "core/util/AtomicFile.h"

#include <fstream>

namespace crossseg {

RunFolder::RunFolder(std::filesystem::path root) : root_(std::move(root)) {}

void RunFolder::loadMetrics(long long iteration) {
    metricLines_.clear();
    metricsText_.clear();
    std::ifstream in(metricsFile());
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        try {
            const auto json = nlohmann::json::parse(line);
            // IAM lines belong to a finished stage; segmentation lines after the checkpoint are redone.
            if (json.value("stage", std::string()) != "iam" && json.value("iteration", 0LL) > iteration) continue;
        } catch (const nlohmann::json::exception&) {
            continue;
        }
        metricLines_.push_back(line);
        metricsText_ += line + "\n";
    }
}

void RunFolder::appendMetrics(const nlohmann::json& line) {
    metricLines_.push_back(line.dump());
    metricsText_ += metricLines_.back() + "\n";
    AtomicFile::writeText(metricsFile(), metricsText_);
}

} // namespace crossseg
