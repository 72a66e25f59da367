#pragma once
#include "core/dataset/Dataset.h"
#include "core/learn/TrainingConfig.h"

#include <filesystem>

namespace crossseg::ui {

// Everything a background training needs: the dataset to preprocess (roles set, label maps aligned), where slice
// caches live, and the run's configuration. config.cache is filled in once preprocessing has produced the cache;
// a resumed run already has it.
struct TrainingRequest {
    Dataset dataset;
    std::filesystem::path cacheRoot;
    TrainingConfig config;
    bool needsPreprocessing = true;
    std::filesystem::path resumeRun;   // not empty: continue this run with the configuration and profile it recorded
};

} // namespace crossseg::ui
