#pragma once
// Display window (width) and level (centre) of intensities, the presets radiologists use, and an automatic
// window from percentiles for MR (whose intensities have no absolute scale). Qt-free.
#include "core/image/Volume.h"

#include <string>
#include <vector>

namespace crossseg::ui {

struct WindowLevel {
    double window = 400.0;
    double level = 40.0;

    double lower() const { return level - window / 2.0; }
    double upper() const { return level + window / 2.0; }
    // Grey value 0..255 of an intensity under this window.
    unsigned char grey(double value) const;
    // Drag by (dx, dy) screen pixels: right widens the window, up brightens (lowers the level), as in ITK-SNAP.
    WindowLevel dragged(double dx, double dy, double intensityPerPixel) const;

    static WindowLevel ctAbdomen() { return {400.0, 40.0}; }
    static WindowLevel ctSoftTissue() { return {350.0, 50.0}; }
    // Window from the lowPercent..highPercent intensity percentiles of the volume (a sample of at most ~1M voxels).
    static WindowLevel automatic(const ImageVolume& volume, double lowPercent = 0.5, double highPercent = 99.5);
};

} // namespace crossseg::ui
