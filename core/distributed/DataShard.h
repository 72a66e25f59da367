#pragma once
#include <cstdint>

namespace crossseg {

// Which data each rank trains on. Every rank draws its own batch at every iteration from the whole training
// pool; the batch loader's seed is a function of (seed, rank), so batch i of rank r is a pure function of
// (seed, i, r): reproducible, independent of timing and thread count, and continued exactly on resume.
// Rank 0 keeps the run's own seed, so a single-process run draws exactly the batches it always drew.
class DataShard {
public:
    // The SliceBatchLoader seed of `rank`: `seed` itself for rank 0, a well-mixed different one for every other.
    static std::uint64_t loaderSeed(std::uint64_t seed, int rank);
};

} // namespace crossseg
