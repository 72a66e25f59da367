#pragma once
#include "core/phantom/Vector3.h"

#include <vector>

namespace crossseg {

// A vessel: a polyline of nodes, each with its own radius; the tube is the union of cone segments between
// consecutive nodes (radius interpolated linearly along each segment, round ends).
class TubePath {
public:
    struct Node {
        Vector3 point;
        double radius = 1.0;
    };

    TubePath() = default;
    explicit TubePath(std::vector<Node> nodes);

    bool contains(const Vector3& p) const;
    const std::vector<Node>& nodes() const { return nodes_; }
    bool empty() const { return nodes_.empty(); }

private:
    std::vector<Node> nodes_;
    Box3 bounds_;
};

} // namespace crossseg
