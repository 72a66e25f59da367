#pragma once
#include "core/image/VolumeGeometry.h"
#include "core/preprocess/IntensityConvention.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace crossseg {

// The on-disk slice cache written by preprocessing and read by training (nnU-Net's "preprocessed" step).
// A folder with cache.json (format version, key, parameters, classes, modalities with roles, cases, splits) and,
// per case, <id>.img.f32 (N x H x W float32, normalised) and <id>.lbl.u8 (N x H x W class indices; absent when
// the case has no label). Axial slices of the canonically oriented (LPS) volume, resized in-plane to H x W.
// Free of ITK: GPU servers train from a cache copied there.

struct SliceCacheParameters {
    int formatVersion = 1;
    int height = 128;
    int width = 128;
    // CT: clip to [ctWindowLow, ctWindowHigh] then scale to [-1, 1].
    double ctWindowLow = -250.0;
    double ctWindowHigh = 450.0;
    // MR: clip to the [mrLowPercentile, mrHighPercentile] percentiles of the volume then scale to [-1, 1].
    double mrLowPercentile = 0.5;
    double mrHighPercentile = 99.5;
    // Fixed windows per modality name ([low, high], clip then scale to [-1, 1]); they take precedence over the
    // CT HU window and the MR percentiles. Filled from the manifest's "intensity_window" (see docs/DATASETS.md).
    // Windows are in physical units (HU for CT): the loader applies each modality's "stored_intensity" first.
    std::map<std::string, std::array<double, 2>> intensityWindows;
    // Per modality: the units and the reason of its normalisation (DatasetCachePreparer fills it; empty in caches
    // written before issue 13 and in hand-made ones). Part of the key, so a changed convention means a new cache.
    std::map<std::string, IntensityConvention> conventions;
};

struct SliceCacheCase {
    std::string id;
    std::string modality;               // "ct", "mr"
    std::string role;                   // "target", "assistant"
    int sliceCount = 0;
    bool hasLabel = false;
    VolumeGeometry canonicalGeometry;   // the source volume's grid after reorientation, before in-plane resizing
    std::filesystem::path sourceImage;
    std::filesystem::path sourceLabel;
};

// One case's slices in memory.
struct CaseSlices {
    int count = 0, height = 0, width = 0;
    std::vector<float> images;          // count * height * width
    std::vector<std::uint8_t> labels;   // count * height * width, empty when unlabelled
};

class SliceCache {
public:
    // Opens an existing cache; throws InputError naming cache.json and the cause when it is missing,
    // corrupt or of another format version.
    static SliceCache open(const std::filesystem::path& folder);
    static bool exists(const std::filesystem::path& folder); // cache.json present and of this format version

    const std::filesystem::path& folder() const { return folder_; }
    const std::string& key() const { return key_; }
    const SliceCacheParameters& parameters() const { return parameters_; }
    const std::vector<std::string>& classes() const { return classes_; }
    const std::map<std::string, std::string>& modalityRoles() const { return modalityRoles_; } // name -> role
    const std::vector<SliceCacheCase>& cases() const { return cases_; }
    const std::map<std::string, std::vector<std::string>>& splits() const { return splits_; }

    const SliceCacheCase* findCase(const std::string& id) const;
    std::string modalityWithRole(const std::string& role) const; // "" when none
    CaseSlices load(const std::string& caseId) const;            // throws InputError on a short or missing file

    // Writer side (used by SliceCacheBuilder).
    SliceCache(std::filesystem::path folder, std::string key, SliceCacheParameters parameters);
    SliceCache() = default;
    void setClasses(std::vector<std::string> classes) { classes_ = std::move(classes); }
    void setModalityRole(const std::string& modality, const std::string& role) { modalityRoles_[modality] = role; }
    void setSplits(std::map<std::string, std::vector<std::string>> splits) { splits_ = std::move(splits); }
    void addCase(const SliceCacheCase& info, const CaseSlices& slices); // writes the case's files atomically
    void writeIndex() const;                                             // cache.json, atomically, last

private:
    std::filesystem::path folder_;
    std::string key_;
    SliceCacheParameters parameters_;
    std::vector<std::string> classes_;
    std::map<std::string, std::string> modalityRoles_;
    std::vector<SliceCacheCase> cases_;
    std::map<std::string, std::vector<std::string>> splits_;
};

} // namespace crossseg
