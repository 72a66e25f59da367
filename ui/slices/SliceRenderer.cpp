#include "ui/slices/SliceRenderer.h"

#include "ui/session/ViewerState.h"

#include <QColor>

#include <algorithm>
#include <vector>

namespace crossseg::ui {
namespace {

struct LabelColour {
    int r = 0, g = 0, b = 0;
    double alpha = 0.0; // 0: not drawn
};

// Colour and opacity per label value; values missing from the table still show (in a generated colour) so
// that unexpected labels are never invisible.
std::vector<LabelColour> colourLookup(const ViewerState& state, std::uint16_t maxValue) {
    std::vector<LabelColour> lookup(static_cast<std::size_t>(maxValue) + 1);
    for (std::size_t value = 1; value < lookup.size(); ++value) {
        const QColor generated = QColor::fromHsv(static_cast<int>((value * 47) % 360), 200, 230);
        lookup[value] = {generated.red(), generated.green(), generated.blue(), state.overlayOpacity()};
    }
    for (const auto& label : state.labelTable().labels()) {
        if (label.value < 0 || static_cast<std::size_t>(label.value) >= lookup.size()) continue;
        auto& entry = lookup[static_cast<std::size_t>(label.value)];
        entry = {label.rgb[0], label.rgb[1], label.rgb[2],
                 label.visible && label.value != 0 ? state.overlayOpacity() * std::max(label.opacity, 0.0) : 0.0};
    }
    lookup[0].alpha = 0.0;
    return lookup;
}

} // namespace

QImage SliceRenderer::render(const ViewerState& state, SliceOrientation orientation, int slice) {
    if (!state.hasImage()) return {};
    const ImageVolume& image = state.image();
    const SlicePlane plane(orientation, image.geometry());
    const int width = plane.width();
    const int height = plane.height();
    if (slice < 0 || slice >= plane.sliceCount() || width <= 0 || height <= 0) return {};

    const WindowLevel windowLevel = state.windowLevel();
    QImage result(width, height, QImage::Format_RGB32);
    for (int v = 0; v < height; ++v) {
        auto* line = reinterpret_cast<QRgb*>(result.scanLine(v));
        for (int u = 0; u < width; ++u) {
            const auto voxel = plane.voxelAt(u, v, slice);
            const int grey = windowLevel.grey(image.at(voxel[0], voxel[1], voxel[2]));
            line[u] = qRgb(grey, grey, grey);
        }
    }

    const LabelVolume& labels = state.overlay();
    if (labels.empty() || labels.geometry().size != image.geometry().size || state.overlayOpacity() <= 0.0)
        return result;
    std::vector<std::uint16_t> sliceLabels(static_cast<std::size_t>(width) * height);
    std::uint16_t maxValue = 0;
    for (int v = 0; v < height; ++v)
        for (int u = 0; u < width; ++u) {
            const auto voxel = plane.voxelAt(u, v, slice);
            const auto value = labels.at(voxel[0], voxel[1], voxel[2]);
            sliceLabels[static_cast<std::size_t>(v) * width + u] = value;
            maxValue = std::max(maxValue, value);
        }
    if (maxValue == 0) return result;
    const auto lookup = colourLookup(state, maxValue);
    const bool outline = state.outlineMode();
    auto labelAt = [&](int u, int v) { return sliceLabels[static_cast<std::size_t>(v) * width + u]; };

    for (int v = 0; v < height; ++v) {
        auto* line = reinterpret_cast<QRgb*>(result.scanLine(v));
        for (int u = 0; u < width; ++u) {
            const auto value = labelAt(u, v);
            const LabelColour& colour = lookup[value];
            if (colour.alpha <= 0.0) continue;
            if (outline) {
                // A boundary pixel has a 4-neighbour with another label (or lies on the slice border).
                const bool boundary = u == 0 || v == 0 || u == width - 1 || v == height - 1 ||
                                      labelAt(u - 1, v) != value || labelAt(u + 1, v) != value ||
                                      labelAt(u, v - 1) != value || labelAt(u, v + 1) != value;
                if (!boundary) continue;
            }
            const double a = outline ? std::min(1.0, colour.alpha * 2.0) : colour.alpha;
            const QRgb under = line[u];
            auto blend = [a](int base, int over) { return static_cast<int>(base * (1.0 - a) + over * a + 0.5); };
            line[u] = qRgb(blend(qRed(under), colour.r), blend(qGreen(under), colour.g), blend(qBlue(under), colour.b));
        }
    }
    return result;
}

} // namespace crossseg::ui
