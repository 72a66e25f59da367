#include "core/phantom/PhantomRandom.h"

#include <cmath>

namespace crossseg {
namespace {
// SplitMix64's finaliser: scrambles nearby inputs (seed 0, 1, 2...) into unrelated engine seeds.
std::uint64_t scramble(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
} // namespace

std::uint64_t PhantomRandom::mixSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return scramble(scramble(scramble(seed) ^ stream) ^ index);
}

double PhantomRandom::uniform() {
    // The top 53 bits give every double in [0, 1) with spacing 2^-53.
    return static_cast<double>(engine_() >> 11) * (1.0 / 9007199254740992.0);
}

double PhantomRandom::uniform(double low, double high) { return low + (high - low) * uniform(); }

double PhantomRandom::normal() {
    if (hasSpareNormal_) {
        hasSpareNormal_ = false;
        return spareNormal_;
    }
    // Box-Muller; 1 - uniform() lies in (0, 1], so the logarithm is finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    constexpr double twoPi = 6.283185307179586;
    const double angle = twoPi * uniform();
    spareNormal_ = radius * std::sin(angle);
    hasSpareNormal_ = true;
    return radius * std::cos(angle);
}

int PhantomRandom::integer(int low, int highInclusive) {
    const std::uint64_t span = static_cast<std::uint64_t>(highInclusive - low) + 1;
    return low + static_cast<int>(engine_() % span); // the bias is negligible for the tiny spans used here
}

} // namespace crossseg
