#include "core/eval/EvaluationReport.h"

#include "core/util/AtomicFile.h"

#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace crossseg {
namespace {

nlohmann::json orNull(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// Running mean of the values that exist.
struct Mean {
    double sum = 0.0;
    int count = 0;
    void add(const std::optional<double>& v) {
        if (v) {
            sum += *v;
            ++count;
        }
    }
    std::optional<double> value() const {
        return count ? std::optional<double>(sum / count) : std::nullopt;
    }
};

EvaluationReport::Summary summarise(const std::vector<const ClassMetrics*>& metrics) {
    Mean dice, hd95, assd;
    EvaluationReport::Summary s;
    for (const ClassMetrics* m : metrics) {
        if (!m->countsInMeans()) continue;
        dice.add(m->dice);
        ++s.diceCases;
        if (m->status == MetricStatus::Ok) {
            hd95.add(m->hd95Mm);
            assd.add(m->assdMm);
            ++s.distanceCases;
        } else {
            ++s.missingDistanceCases;
        }
    }
    s.dice = dice.value();
    s.hd95Mm = hd95.value();
    s.assdMm = assd.value();
    return s;
}

std::string formatted(const std::optional<double>& v, int width, int decimals) {
    char buffer[64];
    if (v)
        std::snprintf(buffer, sizeof buffer, "%*.*f", width, decimals, *v);
    else
        std::snprintf(buffer, sizeof buffer, "%*s", width, "-");
    return buffer;
}

} // namespace

EvaluationReport::EvaluationReport(std::string method, std::vector<std::string> classes, std::string defaultModel)
    : method_(std::move(method)), classes_(std::move(classes)), defaultModel_(std::move(defaultModel)) {}

void EvaluationReport::addCase(const std::string& model, const std::string& caseId,
                               std::vector<ClassMetrics> metrics) {
    auto& cases = results_[model];
    for (auto& entry : cases) {
        if (entry.first == caseId) {
            entry.second = std::move(metrics);
            return;
        }
    }
    cases.emplace_back(caseId, std::move(metrics));
}

std::vector<std::string> EvaluationReport::models() const {
    std::vector<std::string> names;
    for (const auto& [name, cases] : results_) names.push_back(name);
    return names;
}

std::vector<std::string> EvaluationReport::caseIds(const std::string& model) const {
    std::vector<std::string> ids;
    auto it = results_.find(model);
    if (it != results_.end())
        for (const auto& entry : it->second) ids.push_back(entry.first);
    return ids;
}

const std::vector<ClassMetrics>& EvaluationReport::caseMetrics(const std::string& model,
                                                               const std::string& caseId) const {
    auto it = results_.find(model);
    if (it != results_.end())
        for (const auto& entry : it->second)
            if (entry.first == caseId) return entry.second;
    throw std::out_of_range("no evaluation of case '" + caseId + "' for model '" + model + "'");
}

EvaluationReport::Summary EvaluationReport::classSummary(const std::string& model,
                                                         const std::string& className) const {
    std::vector<const ClassMetrics*> metrics;
    auto it = results_.find(model);
    if (it != results_.end())
        for (const auto& entry : it->second)
            for (const auto& m : entry.second)
                if (m.className == className) metrics.push_back(&m);
    return summarise(metrics);
}

EvaluationReport::Summary EvaluationReport::caseSummary(const std::string& model, const std::string& caseId) const {
    std::vector<const ClassMetrics*> metrics;
    for (const auto& m : caseMetrics(model, caseId)) metrics.push_back(&m);
    return summarise(metrics);
}

EvaluationReport::Summary EvaluationReport::modelSummary(const std::string& model) const {
    Mean dice, hd95, assd;
    Summary s;
    for (std::size_t c = 1; c < classes_.size(); ++c) {
        const Summary perClass = classSummary(model, classes_[c]);
        dice.add(perClass.dice);
        hd95.add(perClass.hd95Mm);
        assd.add(perClass.assdMm);
        s.diceCases += perClass.diceCases;
        s.distanceCases += perClass.distanceCases;
        s.missingDistanceCases += perClass.missingDistanceCases;
    }
    s.dice = dice.value();
    s.hd95Mm = hd95.value();
    s.assdMm = assd.value();
    return s;
}

nlohmann::json EvaluationReport::toJson() const {
    nlohmann::json root = info_;
    root["method"] = method_;
    root["default_model"] = defaultModel_;
    root["classes"] = classes_;
    root["mean_dice"] = orNull(modelSummary(defaultModel_).dice);
    nlohmann::json models = nlohmann::json::object();
    for (const auto& [model, cases] : results_) {
        const Summary summary = modelSummary(model);
        nlohmann::json m;
        m["mean_dice"] = orNull(summary.dice);
        m["mean_hd95_mm"] = orNull(summary.hd95Mm);
        m["mean_assd_mm"] = orNull(summary.assdMm);
        m["missing_distance_cases"] = summary.missingDistanceCases;
        nlohmann::json perClass = nlohmann::json::object();
        for (std::size_t c = 1; c < classes_.size(); ++c) {
            const Summary s = classSummary(model, classes_[c]);
            perClass[classes_[c]] = {{"dice", orNull(s.dice)},
                                     {"hd95_mm", orNull(s.hd95Mm)},
                                     {"assd_mm", orNull(s.assdMm)},
                                     {"dice_cases", s.diceCases},
                                     {"distance_cases", s.distanceCases},
                                     {"missing_distance_cases", s.missingDistanceCases}};
        }
        m["per_class"] = perClass;
        nlohmann::json perCase = nlohmann::json::object();
        for (const auto& [caseId, metrics] : cases) {
            const Summary s = caseSummary(model, caseId);
            nlohmann::json c;
            c["mean_dice"] = orNull(s.dice);
            c["mean_hd95_mm"] = orNull(s.hd95Mm);
            c["mean_assd_mm"] = orNull(s.assdMm);
            nlohmann::json classes = nlohmann::json::object();
            for (const auto& metric : metrics) {
                classes[metric.className] = {{"dice", metric.dice},
                                             {"hd95_mm", orNull(metric.hd95Mm)},
                                             {"assd_mm", orNull(metric.assdMm)},
                                             {"hausdorff_mm", orNull(metric.hausdorffMm)},
                                             {"status", toString(metric.status)},
                                             {"reference_ml", metric.referenceVolumeMl},
                                             {"prediction_ml", metric.predictionVolumeMl}};
            }
            c["per_class"] = classes;
            perCase[caseId] = c;
        }
        m["per_case"] = perCase;
        models[model] = m;
    }
    root["models"] = models;
    return root;
}

void EvaluationReport::save(const std::filesystem::path& file) const {
    AtomicFile::writeText(file, toJson().dump(2) + "\n");
}

std::string EvaluationReport::table() const {
    std::ostringstream out;
    char line[256];
    std::snprintf(line, sizeof line, "%-10s %-16s %7s %9s %9s %6s\n", "model", "class", "Dice", "HD95 mm",
                  "ASSD mm", "cases");
    out << line;
    for (const auto& model : models()) {
        for (std::size_t c = 1; c < classes_.size(); ++c) {
            const Summary s = classSummary(model, classes_[c]);
            std::snprintf(line, sizeof line, "%-10s %-16s %s %s %s %6d%s\n", model.c_str(), classes_[c].c_str(),
                          formatted(s.dice, 7, 3).c_str(), formatted(s.hd95Mm, 9, 2).c_str(),
                          formatted(s.assdMm, 9, 2).c_str(), s.diceCases,
                          s.missingDistanceCases ? ("  (" + std::to_string(s.missingDistanceCases) +
                                                    " without distances: structure empty on one side)").c_str()
                                                 : "");
            out << line;
        }
        const Summary s = modelSummary(model);
        std::snprintf(line, sizeof line, "%-10s %-16s %s %s %s\n", model.c_str(),
                      model == defaultModel_ ? "MEAN (default)" : "MEAN", formatted(s.dice, 7, 3).c_str(),
                      formatted(s.hd95Mm, 9, 2).c_str(), formatted(s.assdMm, 9, 2).c_str());
        out << line;
    }
    return out.str();
}

} // namespace crossseg
