#include "core/image/LabelComponentFilter.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <vector>

namespace crossseg {
namespace {

struct Offset {
    int dx, dy, dz;
};

std::vector<Offset> neighbourOffsets(LabelComponentFilter::Connectivity connectivity) {
    std::vector<Offset> offsets;
    for (int dz = -1; dz <= 1; ++dz)
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const int steps = std::abs(dx) + std::abs(dy) + std::abs(dz);
                if (steps == 0) continue;
                if (connectivity == LabelComponentFilter::Connectivity::Faces6 && steps > 1) continue;
                offsets.push_back({dx, dy, dz});
            }
    return offsets;
}

} // namespace

LabelComponentFilter::LabelComponentFilter(Connectivity connectivity, double keepFraction)
    : connectivity_(connectivity), keepFraction_(keepFraction) {
    if (!(keepFraction >= 0.0 && keepFraction <= 1.0))
        throw std::invalid_argument("LabelComponentFilter: keepFraction must lie in [0, 1]");
}

std::size_t LabelComponentFilter::apply(LabelVolume& labels) const {
    const auto& size = labels.geometry().size;
    if (labels.voxels().size() != size[0] * size[1] * size[2])
        throw std::invalid_argument("LabelComponentFilter: voxel count does not match the geometry");
    return apply(labels.data(), size[0], size[1], size[2]);
}

std::size_t LabelComponentFilter::apply(std::uint16_t* voxels, std::size_t nx, std::size_t ny, std::size_t nz) const {
    const std::size_t count = nx * ny * nz;
    constexpr std::uint32_t unvisited = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> component(count, unvisited);
    std::vector<std::size_t> componentSize;
    std::vector<std::uint16_t> componentLabel;
    const std::vector<Offset> offsets = neighbourOffsets(connectivity_);
    std::vector<std::size_t> stack;

    // Flood fill every not yet visited foreground voxel into its component (same label value, connected).
    for (std::size_t seed = 0; seed < count; ++seed) {
        if (voxels[seed] == 0 || component[seed] != unvisited) continue;
        const std::uint16_t value = voxels[seed];
        const auto id = std::uint32_t(componentSize.size());
        std::size_t members = 0;
        component[seed] = id;
        stack.assign(1, seed);
        while (!stack.empty()) {
            const std::size_t at = stack.back();
            stack.pop_back();
            ++members;
            const long x = long(at % nx), y = long((at / nx) % ny), z = long(at / (nx * ny));
            for (const Offset& o : offsets) {
                const long i = x + o.dx, j = y + o.dy, k = z + o.dz;
                if (i < 0 || j < 0 || k < 0 || i >= long(nx) || j >= long(ny) || k >= long(nz)) continue;
                const std::size_t next = std::size_t(i) + nx * (std::size_t(j) + ny * std::size_t(k));
                if (voxels[next] != value || component[next] != unvisited) continue;
                component[next] = id;
                stack.push_back(next);
            }
        }
        componentSize.push_back(members);
        componentLabel.push_back(value);
    }

    // Per label value: the largest component's size; keep it and every component of at least keepFraction of it.
    std::vector<std::size_t> largest(std::size_t(std::numeric_limits<std::uint16_t>::max()) + 1, 0);
    for (std::size_t c = 0; c < componentSize.size(); ++c)
        largest[componentLabel[c]] = std::max(largest[componentLabel[c]], componentSize[c]);
    std::vector<char> keep(componentSize.size());
    for (std::size_t c = 0; c < componentSize.size(); ++c) {
        const std::size_t biggest = largest[componentLabel[c]];
        keep[c] = componentSize[c] == biggest || double(componentSize[c]) >= keepFraction_ * double(biggest);
    }
    std::size_t removed = 0;
    for (std::size_t v = 0; v < count; ++v) {
        if (voxels[v] == 0 || keep[component[v]]) continue;
        voxels[v] = 0;
        ++removed;
    }
    return removed;
}

} // namespace crossseg
