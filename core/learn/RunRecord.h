#pragma once
#include "core/learn/CaseSelection.h"
#include "core/learn/Method.h"
#include "core/learn/RunStatus.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace crossseg {

// Where a run's image alignment module lives (mkd-iam): a folder in the IAM cache shared by runs of a seed.
struct IamReference {
    static constexpr const char* weightsFileName = "iam.pt";
    static constexpr const char* descriptionFileName = "iam.json";

    std::string hash;              // of what the IAM was trained on (ImageAlignmentStage::describe)
    std::filesystem::path folder;  // <iam cache root>/<hash>
    std::optional<bool> reused;    // known once stage 1 is over: reused from an earlier run, or trained here
    double cycleWeight = TrainingConfig().cycleWeight;        // the run's IAM loss weights, to rebuild the module
    double identityWeight = TrainingConfig().identityWeight;

    std::filesystem::path weightsFile() const { return folder / weightsFileName; }

    // The identity loss weight a run's IAM trains with: the configuration's, or 0 when the profile's
    // iam_identity_terms switch leaves the identity terms out.
    static double identityWeightOf(const TrainingConfig& config, const TrainingProfile& profile);
};

// How a distributed run was launched; recorded by rank 0 (the only rank that writes the run folder).
struct DistributedSetting {
    int worldSize = 1;
    std::string backend;           // "gloo", "nccl", ...
};

// The one typed owner of a run folder: what config.json and status.json say, and where everything else lies.
// Nothing else in CrossSeg reads or writes these two files (the engine, the Predictor, the Studio, the CLI all
// ask a RunRecord). The layout:
//   config.json        the configuration, the resolved profile, the classes, the case selection, the slice
//                      cache's preprocessing, the IAM reference, the device used (see docs/LEARNING.md)
//   status.json        RunStatus, rewritten atomically as the run goes
//   metrics.jsonl      one JSON object per line (RunFolder appends)
//   checkpoints/latest.pt, checkpoints/best.pt (and best-<model>.pt when the profile keeps one per model)
// Files written by earlier versions load: a field they lack takes the value those versions used.
class RunRecord {
public:
    RunRecord() = default;
    explicit RunRecord(std::filesystem::path root);

    // Reads config.json. Throws InputError naming it when the folder is no run folder or the file is incomplete.
    static RunRecord read(const std::filesystem::path& root);
    // The engine_commit a resumed run records: the engine that started it (`started`, empty for runs recorded before
    // engine_commit existed) and, when they differ, the one resuming it too ("X, resumed by Y"): the numbers of such
    // a run are those of neither engine alone, so a result built on it must say so. Logs a warning then.
    static std::string engineCommitAfterResume(const std::string& started, const std::string& current);
    // Whether `root` holds a config.json (a run folder, perhaps of a run still preparing).
    static bool exists(const std::filesystem::path& root);

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path configFile() const { return root_ / "config.json"; }
    std::filesystem::path statusFile() const { return root_ / "status.json"; }
    std::filesystem::path metricsFile() const { return root_ / "metrics.jsonl"; }
    std::filesystem::path latestCheckpoint() const { return root_ / "checkpoints" / "latest.pt"; }
    std::filesystem::path bestCheckpoint() const { return root_ / "checkpoints" / "best.pt"; }
    // checkpoints/best-<model>.pt: the best of one model by its own validation Dice (profile keep_best_per_model).
    std::filesystem::path bestCheckpointOf(const std::string& model) const;
    // What prediction with `model` loads: its own best when the run kept one, else best.pt.
    std::filesystem::path checkpointForPrediction(const std::string& model) const;
    // The file holding the G_a->t this run aligned MR with (what the Studio's alignment view shows), for
    // ImageAlignmentModule::load. With iam_mode end-to-end, stage 2 goes on training G_a->t, so it is the run's best
    // checkpoint (latest.pt before the first validation has written one). Staged runs, and an end-to-end run still
    // in stage 1, use stage 1's iam.pt in the IAM cache. Empty for runs without an IAM.
    std::filesystem::path alignmentWeightsFile() const;

    // What config.json holds.
    TrainingConfig config;
    TrainingProfile profile;               // resolved, with the run's iteration count
    std::vector<std::string> classes;      // class names, [0] = background
    CaseSelection selection;
    std::string cacheKey;                  // the slice cache's key (its sources' paths and times included)
    std::string dataDigest;                // of the slices themselves (TrainingPlan): what a resume compares
    std::string engineCommit;              // BuildCommit of the binary that trained it ("X, resumed by Y" if two did)
    nlohmann::json preprocessing;          // the slice cache's own description of how it normalised and resized
    std::string deviceUsed;                // "cpu", "cuda:0"
    std::optional<IamReference> iam;       // mkd-iam, once stage 1 has begun
    std::optional<DistributedSetting> distributed;

    const MethodTraits& method() const { return MethodTraits::of(config.method); }
    std::vector<std::string> models() const { return method().models; }
    std::string targetModality() const { return selection.targetModality; }

    nlohmann::json toJson() const;
    static RunRecord fromJson(const nlohmann::json& json, const std::filesystem::path& root);
    void writeConfig() const;

    // status.json: nullopt when missing (a run still preparing, or a folder from a crashed start).
    std::optional<RunStatus> readStatus() const;
    void writeStatus(const RunStatus& status) const;

private:
    std::filesystem::path root_;
};

} // namespace crossseg
