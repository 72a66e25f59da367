#pragma once
// The review of predicted cases, kept in "review.json" beside the predictions: per case a verdict (accepted /
// needs correction / rejected), a comment, when it was reviewed, and the metrics shown at the time. Qt-free.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace crossseg::ui {

enum class Verdict { Pending, Accepted, NeedsCorrection, Rejected };
std::string toString(Verdict verdict);          // "pending", "accepted", "needs_correction", "rejected"
Verdict verdictFromString(const std::string& text); // unknown text: Pending

struct StructureMetrics {
    std::optional<double> dice;
    std::optional<double> hd95Mm;
    std::optional<double> assdMm;
    double predictionMl = 0.0;
    std::optional<double> referenceMl;
};

struct ReviewEntry {
    Verdict verdict = Verdict::Pending;
    std::string comment;
    std::string predictionFile; // file name relative to the review file's folder
    std::string reviewedAt;     // ISO 8601, UTC
    std::map<std::string, StructureMetrics> metrics; // by structure name
};

class ReviewFile {
public:
    static constexpr const char* kFileName = "review.json";
    // review.json in the folder of the prediction file.
    static std::filesystem::path locationFor(const std::filesystem::path& predictionFile);

    // A missing file is an empty review; a file that is not a review throws InputError naming it.
    static ReviewFile load(const std::filesystem::path& file);
    void save(const std::filesystem::path& file) const; // atomic

    const ReviewEntry* find(const std::string& caseId) const;
    void set(const std::string& caseId, const ReviewEntry& entry) { entries_[caseId] = entry; }
    const std::map<std::string, ReviewEntry>& entries() const { return entries_; }

private:
    std::map<std::string, ReviewEntry> entries_;
};

} // namespace crossseg::ui
