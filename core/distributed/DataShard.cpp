#include "core/distributed/DataShard.h"
#include "core/util/SeedMixing.h"

namespace crossseg {
std::uint64_t DataShard::loaderSeed(std::uint64_t seed, int rank) {
    if (rank == 0) return seed;
    return mixSeed(seed ^ mixSeed(0x5368617264ULL + std::uint64_t(rank)));
}

} // namespace crossseg
