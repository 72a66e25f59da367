#pragma once
#include <cstdint>

namespace crossseg {

// SplitMix64's finaliser: turns structured inputs (a seed combined with an iteration, a stream or a rank) into
// well-mixed, independent generator seeds, so that nearby inputs (rank 1, rank 2) give unrelated streams.
inline std::uint64_t mixSeed(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace crossseg
