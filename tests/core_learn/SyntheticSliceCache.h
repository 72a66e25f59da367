#pragma once
#include "core/preprocess/SliceCache.h"

#include <cstdint>
#include <filesystem>

namespace crossseg::test {

// A tiny two-modality slice cache built through SliceCache's writer side: 32x32 slices with a disc (class 1) and
// a square (class 2) at random places. "CT" shows them brighter than the background, "MR" inverts the contrast
// and adds a bias, so the modalities differ the way the method assumes. ct_train has 5 cases, ct_test 1,
// mr_train 4; every case is labelled.
struct SyntheticSliceCacheOptions {
    int size = 32;
    int slicesPerCase = 6;
    int targetTrainCases = 5;
    int assistantCases = 4;
    std::uint64_t seed = 1;
    std::string key = "synthetic-v1";
    bool nanInTargetImages = false;  // poison every target image (for the NaN-loss test)
};

SliceCache writeSyntheticSliceCache(const std::filesystem::path& folder, const SyntheticSliceCacheOptions& options = {});

} // namespace crossseg::test
