#pragma once
#include "core/dataset/Dataset.h"
#include "core/preprocess/SliceCache.h"

#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

class TaskControl;

// Turns a dataset on disk into its slice cache: the one place where the ITK data layer (DatasetLoader reads,
// validates, reorients and maps labels) meets the ITK-free preprocessing (SliceCacheBuilder).
// The cache lives in <cacheRoot>/<dataset name>-<key>; the key covers the parameters, every source file's path,
// size and modification time, the classes, label maps, roles and splits, so an existing folder with that name and
// a valid index is reused as is, and any change leads to a new folder.
class DatasetCachePreparer {
public:
    // UserDataPaths::cacheDirectory() / "slice-cache".
    static std::filesystem::path defaultCacheRoot();

    // `requested` completed for this dataset, in physical units (DatasetLoader applies each modality's
    // "stored_intensity" before normalising): a window in `requested` wins, then the manifest's "intensity_window";
    // a CT in HU (declared, or undeclared and not 8-bit) gets the window CtWindowChoice picks for the label set's
    // organs ([-125, 275] HU for the shared abdomen data); an undeclared 8-bit CT is normalised as stored, [0, 255]
    // (with a warning); other modalities use each volume's percentiles. Every modality's convention (unit, why,
    // declaration) is recorded in `conventions`. Throws InputError naming the manifest when its intensity_window is
    // malformed.
    static SliceCacheParameters resolveParameters(const Dataset& dataset, const SliceCacheParameters& requested);

    // The cases that go into the cache: every case without recorded problems (the others are logged and left out).
    static std::vector<SliceCacheCase> cacheCases(const Dataset& dataset);
    static std::string keyOf(const Dataset& dataset, const SliceCacheParameters& resolved);
    static std::filesystem::path folderFor(const Dataset& dataset, const SliceCacheParameters& requested,
                                           const std::filesystem::path& cacheRoot);

    // Reuses the cache of the same key or builds it; returns its folder. Progress: stage "preprocess".
    static std::filesystem::path prepare(const Dataset& dataset, const SliceCacheParameters& requested,
                                         const std::filesystem::path& cacheRoot, TaskControl& control);
};

} // namespace crossseg
