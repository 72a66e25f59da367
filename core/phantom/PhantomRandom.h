#pragma once
#include <cstdint>
#include <random>

namespace crossseg {

// The phantom's only source of randomness. Built on std::mt19937_64, whose output sequence the C++ standard
// fixes, with our own uniform and normal transforms: std::uniform_real_distribution and
// std::normal_distribution are implementation-defined, and the demo data must be byte-identical for a seed
// on every standard library.
class PhantomRandom {
public:
    explicit PhantomRandom(std::uint64_t seed) : engine_(seed) {}

    // An independent stream for (seed, stream, index): each case's anatomy and noise depend only on these, so a
    // case looks the same whatever the number of cases generated around it.
    static std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

    double uniform();                          // [0, 1)
    double uniform(double low, double high);   // [low, high)
    double normal();                           // standard normal (Box-Muller)
    double normal(double mean, double sd) { return mean + sd * normal(); }
    int integer(int low, int highInclusive);

private:
    std::mt19937_64 engine_;
    bool hasSpareNormal_ = false;
    double spareNormal_ = 0.0;
};

} // namespace crossseg
