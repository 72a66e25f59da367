#pragma once
#include "core/phantom/PhantomRandom.h"
#include "core/phantom/PhantomRasterizer.h"

namespace crossseg {

// How a contrast-enhanced cardiac CT shows the phantom, in Hounsfield units: air -1000, lungs about -800 with a
// faint texture, fat about -100, muscle and myocardium 40-60, contrast-filled blood 250-350 (the right heart a
// little less enhanced than the left), bone 400-1000. Boundaries get a slight partial-volume blur, then
// Gaussian noise; values are rounded to whole HU as a scanner stores them.
class CtAppearance {
public:
    static ImageVolume render(const TissueVolume& tissues, PhantomRandom& random);
};

} // namespace crossseg
