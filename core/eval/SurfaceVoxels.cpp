#include "core/eval/SurfaceVoxels.h"

namespace crossseg {

std::vector<std::uint8_t> SurfaceVoxels::mask(const LabelVolume& labels, std::uint16_t label) {
    return maskIn(labels, label, VoxelBox::of(labels.geometry()));
}

std::vector<std::uint8_t> SurfaceVoxels::maskIn(const LabelVolume& labels, std::uint16_t label, const VoxelBox& box) {
    const auto& g = labels.geometry();
    const auto& v = labels.voxels();
    std::vector<std::uint8_t> surface(box.voxelCount(), 0);
    if (box.empty) return surface;
    const std::size_t nx = g.size[0], ny = g.size[1], nz = g.size[2];
    const std::size_t sy = nx, sz = nx * ny;
    std::size_t n = 0;
    for (std::size_t k = box.low[2]; k <= box.high[2]; ++k) {
        for (std::size_t j = box.low[1]; j <= box.high[1]; ++j) {
            for (std::size_t i = box.low[0]; i <= box.high[0]; ++i, ++n) {
                const std::size_t at = i + sy * j + sz * k;
                if (v[at] != label) continue;
                const bool boundary = i == 0 || j == 0 || k == 0 || i + 1 == nx || j + 1 == ny || k + 1 == nz ||
                                      v[at - 1] != label || v[at + 1] != label || v[at - sy] != label ||
                                      v[at + sy] != label || v[at - sz] != label || v[at + sz] != label;
                surface[n] = boundary ? 1 : 0;
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
