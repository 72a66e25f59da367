#pragma once
#include "rendering/StructureSurface.h"

#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace crossseg::rendering {

// Surfaces already extracted, keyed by what produced them (grid geometry, the structure's voxels, options).
// A correction that touches one structure re-extracts only that structure; showing the same volume again is
// free. Safe to use from the extraction thread and the GUI thread at once.
class SurfaceCache {
public:
    explicit SurfaceCache(std::size_t maxEntries = 256) : maxEntries_(maxEntries) {}

    std::optional<StructureSurface> find(const std::string& key) const;
    void store(const std::string& key, const StructureSurface& surface);
    void clear();
    std::size_t size() const;

private:
    std::size_t maxEntries_;
    mutable std::mutex mutex_;
    std::map<std::string, StructureSurface> entries_;
    std::deque<std::string> insertionOrder_; // oldest first: evicted when full
};

} // namespace crossseg::rendering
