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

    // `requested` completed for this dataset: a modality's "intensity_window" from the manifest becomes its fixed
    // window; a CT modality whose images are all stored as unsigned 8-bit (already windowed, as in the shared
    // abdomen data) gets [0, 255] instead of the HU window, which would squash it into a third of [-1, 1].
    // Throws InputError naming the manifest when its intensity_window is malformed.
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
