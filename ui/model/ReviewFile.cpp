#include "ui/model/ReviewFile.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace crossseg::ui {
namespace {

using nlohmann::json;

json optionalNumber(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

std::optional<double> readOptional(const json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number()) return std::nullopt;
    return found->get<double>();
}

} // namespace

std::string toString(Verdict verdict) {
    switch (verdict) {
    case Verdict::Pending: return "pending";
    case Verdict::Accepted: return "accepted";
    case Verdict::NeedsCorrection: return "needs_correction";
    case Verdict::Rejected: return "rejected";
    }
    return "pending";
}

Verdict verdictFromString(const std::string& text) {
    if (text == "accepted") return Verdict::Accepted;
    if (text == "needs_correction") return Verdict::NeedsCorrection;
    if (text == "rejected") return Verdict::Rejected;
    return Verdict::Pending;
}

std::filesystem::path ReviewFile::locationFor(const std::filesystem::path& predictionFile) {
    return predictionFile.parent_path() / kFileName;
}

ReviewFile ReviewFile::load(const std::filesystem::path& file) {
    ReviewFile review;
    if (!std::filesystem::exists(file)) return review;
    std::ifstream in(file);
    if (!in) throw InputError(file, "cannot open the review file");
    json document;
    try {
        in >> document;
    } catch (const json::exception& error) {
        throw InputError(file, std::string("the review file is not valid JSON: ") + error.what());
    }
    if (!document.is_object() || document.value("format", "") != "crossseg-review" || !document.contains("cases") ||
        !document["cases"].is_object())
        throw InputError(file, "not a CrossSeg review file (expected \"format\": \"crossseg-review\" and \"cases\")");
    for (const auto& [caseId, item] : document["cases"].items()) {
        if (!item.is_object()) throw InputError(file, "the review of case " + caseId + " is not an object");
        ReviewEntry entry;
        entry.verdict = verdictFromString(item.value("verdict", "pending"));
        entry.comment = item.value("comment", "");
        entry.predictionFile = item.value("prediction", "");
        entry.reviewedAt = item.value("reviewed_at", "");
        if (item.contains("metrics") && item["metrics"].is_object()) {
            for (const auto& [structure, values] : item["metrics"].items()) {
                StructureMetrics metrics;
                metrics.dice = readOptional(values, "dice");
                metrics.hd95Mm = readOptional(values, "hd95_mm");
                metrics.assdMm = readOptional(values, "assd_mm");
                metrics.predictionMl = readOptional(values, "prediction_ml").value_or(0.0);
                metrics.referenceMl = readOptional(values, "reference_ml");
                entry.metrics[structure] = metrics;
            }
        }
        review.entries_[caseId] = entry;
    }
    return review;
}

void ReviewFile::save(const std::filesystem::path& file) const {
    json cases = json::object();
    for (const auto& [caseId, entry] : entries_) {
        json metrics = json::object();
        for (const auto& [structure, values] : entry.metrics)
            metrics[structure] = {{"dice", optionalNumber(values.dice)},
                                  {"hd95_mm", optionalNumber(values.hd95Mm)},
                                  {"assd_mm", optionalNumber(values.assdMm)},
                                  {"prediction_ml", values.predictionMl},
                                  {"reference_ml", optionalNumber(values.referenceMl)}};
        cases[caseId] = {{"verdict", toString(entry.verdict)},
                         {"comment", entry.comment},
                         {"prediction", entry.predictionFile},
                         {"reviewed_at", entry.reviewedAt},
                         {"metrics", metrics}};
    }
    const json document = {{"format", "crossseg-review"}, {"version", 1}, {"cases", cases}};
    AtomicFile::writeText(file, document.dump(2) + "\n");
}

const ReviewEntry* ReviewFile::find(const std::string& caseId) const {
    const auto found = entries_.find(caseId);
    return found == entries_.end() ? nullptr : &found->second;
}

} // namespace crossseg::ui
