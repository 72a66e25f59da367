#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace crossseg {

// A 64-bit FNV-1a digest fed incrementally, printed as 16 hex digits. It names content (a canonical JSON text, the
// voxels of the slices a run trains on) independently of where that content came from: the same bytes give the
// same digest on every machine. Not cryptographic: it detects changed data, not a forger.
class ContentDigest {
public:
    void add(const void* data, std::size_t bytes);
    void add(const std::string& text) { add(text.data(), text.size()); }
    // The element count goes in too, so that [a][bc] and [ab][c] differ.
    template <class T>
    void addArray(const std::vector<T>& values) {
        addCount(values.size());
        add(values.data(), values.size() * sizeof(T));
    }
    void addCount(std::uint64_t count) { add(&count, sizeof count); }

    std::uint64_t value() const { return state_; }
    std::string hex() const;

    // The digest of one text, in hex: what names a cache folder or a trained IAM.
    static std::string ofText(const std::string& text);

private:
    std::uint64_t state_ = 0xcbf29ce484222325ULL; // FNV-1a's 64-bit offset basis
};

} // namespace crossseg
