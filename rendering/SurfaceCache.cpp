#include "rendering/SurfaceCache.h"

namespace crossseg::rendering {

std::optional<StructureSurface> SurfaceCache::find(const std::string& key) const {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
}

void SurfaceCache::store(const std::string& key, const StructureSurface& surface) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (entries_.count(key) == 0) insertionOrder_.push_back(key);
    entries_[key] = surface;
    while (entries_.size() > maxEntries_ && !insertionOrder_.empty()) {
        entries_.erase(insertionOrder_.front());
        insertionOrder_.pop_front();
    }
}

void SurfaceCache::clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.clear();
    insertionOrder_.clear();
}

std::size_t SurfaceCache::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return entries_.size();
}

} // namespace crossseg::rendering
