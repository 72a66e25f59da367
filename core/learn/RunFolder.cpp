#include "core/learn/RunFolder.h"

#include "core/util/AtomicFile.h"

#include <cstddef>
#include <fstream>

namespace crossseg {

RunFolder::RunFolder(std::filesystem::path root) : root_(std::move(root)) {}

namespace {

std::string stageOf(const std::string& line) {
    try {
        return nlohmann::json::parse(line).value("stage", std::string());
    } catch (const nlohmann::json::exception&) {
        return {};
    }
}

} // namespace

void RunFolder::loadMetrics(long long iteration) {
    metricLines_.clear();
    keptIamLines_ = false;
    redoneIamAt_.reset();
    std::ifstream in(metricsFile());
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        try {
            const auto json = nlohmann::json::parse(line);
            // IAM lines belong to a finished stage; segmentation lines after the checkpoint are redone.
            const bool iam = json.value("stage", std::string()) == "iam";
            if (!iam && json.value("iteration", 0LL) > iteration) continue;
            keptIamLines_ = keptIamLines_ || iam;
        } catch (const nlohmann::json::exception&) {
            continue;
        }
        metricLines_.push_back(line);
    }
    rewriteText();
}

void RunFolder::appendMetrics(const nlohmann::json& line) {
    const bool iam = line.value("stage", std::string()) == "iam";
    // A resumed run normally reuses its IAM from the slice cache. When that cache is gone (a new machine, or the
    // source files' times changed and with them the cache key) the IAM stage trains again from its first
    // iteration: its new lines take the place of the kept ones, so the curve holds each iteration once, in order.
    if (keptIamLines_ && iam) {
        keptIamLines_ = false;
        std::vector<std::string> others;
        for (std::string& old : metricLines_) {
            if (stageOf(old) != "iam") others.push_back(std::move(old));
            else if (!redoneIamAt_) redoneIamAt_ = others.size();
        }
        metricLines_ = std::move(others);
    }
    if (!iam) redoneIamAt_.reset();
    if (redoneIamAt_) {
        metricLines_.insert(metricLines_.begin() + static_cast<std::ptrdiff_t>((*redoneIamAt_)++), line.dump());
        rewriteText();
    } else {
        metricLines_.push_back(line.dump());
        metricsText_ += metricLines_.back() + "\n";
    }
    AtomicFile::writeText(metricsFile(), metricsText_);
}

void RunFolder::rewriteText() {
    metricsText_.clear();
    for (const std::string& kept : metricLines_) metricsText_ += kept + "\n";
}

} // namespace crossseg
