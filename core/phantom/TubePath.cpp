#include "core/phantom/TubePath.h"

#include <algorithm>

namespace crossseg {

TubePath::TubePath(std::vector<Node> nodes) : nodes_(std::move(nodes)) {
    if (nodes_.empty()) return;
    bounds_.low = bounds_.high = nodes_.front().point;
    for (const Node& n : nodes_) {
        bounds_.low = {std::min(bounds_.low.x, n.point.x - n.radius), std::min(bounds_.low.y, n.point.y - n.radius),
                       std::min(bounds_.low.z, n.point.z - n.radius)};
        bounds_.high = {std::max(bounds_.high.x, n.point.x + n.radius),
                        std::max(bounds_.high.y, n.point.y + n.radius),
                        std::max(bounds_.high.z, n.point.z + n.radius)};
    }
}

bool TubePath::contains(const Vector3& p) const {
    if (nodes_.empty() || !bounds_.contains(p)) return false;
    if (nodes_.size() == 1) return (p - nodes_[0].point).norm() <= nodes_[0].radius;
    for (std::size_t i = 0; i + 1 < nodes_.size(); ++i) {
        const Node& a = nodes_[i];
        const Node& b = nodes_[i + 1];
        const Vector3 segment = b.point - a.point;
        const double lengthSquared = segment.dot(segment);
        const double t = lengthSquared > 0.0 ? std::clamp((p - a.point).dot(segment) / lengthSquared, 0.0, 1.0) : 0.0;
        const Vector3 closest = a.point + segment * t;
        const double radius = a.radius + (b.radius - a.radius) * t;
        const Vector3 offset = p - closest;
        if (offset.dot(offset) <= radius * radius) return true;
    }
    return false;
}

} // namespace crossseg
