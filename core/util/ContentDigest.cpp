#include "core/util/ContentDigest.h"

#include <cstdio>

namespace crossseg {

void ContentDigest::add(const void* data, std::size_t bytes) {
    const auto* byte = static_cast<const unsigned char*>(data);
    std::uint64_t h = state_;
    for (std::size_t i = 0; i < bytes; ++i) {
        h ^= byte[i];
        h *= 0x100000001b3ULL; // FNV-1a's 64-bit prime
    }
    state_ = h;
}

std::string ContentDigest::hex() const {
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(state_));
    return digits;
}

std::string ContentDigest::ofText(const std::string& text) {
    ContentDigest digest;
    digest.add(text);
    return digest.hex();
}

} // namespace crossseg
