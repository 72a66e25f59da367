#include "core/phantom/PhantomRasterizer.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace crossseg {
namespace {

// Fills `out` voxel by voxel with valueOf(point); each thread takes whole slices, so the result does not depend
// on the number of threads.
template <typename T, typename ValueOf>
Volume<T> rasterize(const VolumeGeometry& grid, ValueOf valueOf) {
    Volume<T> out(grid);
    const std::size_t slices = grid.size[2];
    const unsigned threads = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), static_cast<unsigned>(slices)));
    auto work = [&](unsigned first) {
        for (std::size_t k = first; k < slices; k += threads)
            for (std::size_t j = 0; j < grid.size[1]; ++j)
                for (std::size_t i = 0; i < grid.size[0]; ++i) {
                    const auto p = grid.indexToPhysical({double(i), double(j), double(k)});
                    out.at(i, j, k) = valueOf(Vector3{p[0], p[1], p[2]});
                }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& thread : pool) thread.join();
    return out;
}

} // namespace

TissueVolume PhantomRasterizer::tissues(const PhantomAnatomy& anatomy, const VolumeGeometry& grid) {
    return rasterize<std::uint8_t>(grid, [&](const Vector3& p) { return static_cast<std::uint8_t>(anatomy.tissueAt(p)); });
}

LabelVolume PhantomRasterizer::labels(const PhantomAnatomy& anatomy, const VolumeGeometry& grid) {
    return rasterize<std::uint16_t>(grid, [&](const Vector3& p) { return mmwhsLabelCode(anatomy.tissueAt(p)); });
}

} // namespace crossseg
