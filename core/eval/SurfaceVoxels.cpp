#include "core/eval/SurfaceVoxels.h"

namespace crossseg {

std::vector<std::uint8_t> SurfaceVoxels::mask(const LabelVolume& labels, std::uint16_t label) {
    const auto& g = labels.geometry();
    const auto& v = labels.voxels();
    std::vector<std::uint8_t> surface(v.size(), 0);
    const std::size_t nx = g.size[0], ny = g.size[1], nz = g.size[2];
    const std::size_t sy = nx, sz = nx * ny;
    for (std::size_t k = 0; k < nz; ++k) {
        for (std::size_t j = 0; j < ny; ++j) {
            for (std::size_t i = 0; i < nx; ++i) {
                const std::size_t at = i + sy * j + sz * k;
                if (v[at] != label) continue;
                const bool boundary = i == 0 || j == 0 || k == 0 || i + 1 == nx || j + 1 == ny || k + 1 == nz ||
                                      v[at - 1] != label || v[at + 1] != label || v[at - sy] != label ||
                                      v[at + sy] != label || v[at - sz] != label || v[at + sz] != label;
                surface[at] = boundary ? 1 : 0;
            }
        }
    }
    return surface;
}

LabelVolume SurfaceVoxels::asVolume(const LabelVolume& labels, std::uint16_t label) {
    LabelVolume result(labels.geometry(), 0);
    const auto surface = mask(labels, label);
    for (std::size_t i = 0; i < surface.size(); ++i)
        if (surface[i]) result.voxels()[i] = label;
    return result;
}

} // namespace crossseg
