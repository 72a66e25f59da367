#pragma once
#include "core/eval/ClassMetrics.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crossseg {

// The results of evaluating one run (one or more of its models) on a set of cases: per model, per case and per
// class metrics, and their means. Written as the JSON of `crossseg evaluate` (field names are an interface
// other tools rely on):
//   {"method", "mean_dice" (of the default model), "default_model", "classes",
//    "models": {name: {"mean_dice", "mean_hd95_mm", "mean_assd_mm",
//                      "per_class": {class: {"dice", "hd95_mm", "assd_mm", ...counts}},
//                      "per_case":  {case:  {"mean_dice", "mean_hd95_mm", "mean_assd_mm",
//                                            "per_class": {class: {"dice", "hd95_mm", "assd_mm", "status",
//                                                                  "hausdorff_mm", "reference_ml",
//                                                                  "prediction_ml"}}}}}}}
// Means: a class's mean Dice is over the cases where the class is present in the prediction or the reference
// (both empty is skipped: it says nothing about the model); its mean HD95/ASSD over the cases where both
// contain it (a missed structure has no distance; it is counted in "missing_distance_cases" and costs Dice).
// A model's means are the means of its per-class means. Undefined values are JSON null, never 0.
class EvaluationReport {
public:
    struct Summary {
        std::optional<double> dice, hd95Mm, assdMm;
        int diceCases = 0;            // cases whose Dice counts
        int distanceCases = 0;        // cases with distances
        int missingDistanceCases = 0; // cases where one side was empty
    };

    EvaluationReport(std::string method, std::vector<std::string> classes, std::string defaultModel);

    void addCase(const std::string& model, const std::string& caseId, std::vector<ClassMetrics> metrics);
    void setInfo(const std::string& key, const nlohmann::json& value) { info_[key] = value; } // run, dataset...

    const std::string& method() const { return method_; }
    const std::string& defaultModel() const { return defaultModel_; }
    std::vector<std::string> models() const;
    std::vector<std::string> caseIds(const std::string& model) const;
    const std::vector<ClassMetrics>& caseMetrics(const std::string& model, const std::string& caseId) const;

    Summary classSummary(const std::string& model, const std::string& className) const;
    Summary caseSummary(const std::string& model, const std::string& caseId) const;
    Summary modelSummary(const std::string& model) const; // means of the per-class means

    nlohmann::json toJson() const;
    void save(const std::filesystem::path& file) const; // atomic
    // A short fixed-width table: one row per model and class, plus the model's mean.
    std::string table() const;

private:
    std::string method_;
    std::vector<std::string> classes_;
    std::string defaultModel_;
    nlohmann::json info_ = nlohmann::json::object();
    // model -> case -> metrics, cases kept in the order they were added
    std::map<std::string, std::vector<std::pair<std::string, std::vector<ClassMetrics>>>> results_;
};

} // namespace crossseg
