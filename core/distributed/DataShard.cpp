#include "core/distributed/DataShard.h"

namespace crossseg {
namespace {
// SplitMix64's finaliser: nearby inputs (rank 1, rank 2) give unrelated outputs.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

std::uint64_t DataShard::loaderSeed(std::uint64_t seed, int rank) {
    if (rank == 0) return seed;
    return mix(seed ^ mix(0x5368617264ULL + std::uint64_t(rank)));
}

} // namespace crossseg
