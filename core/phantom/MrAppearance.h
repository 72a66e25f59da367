#pragma once
#include "core/phantom/PhantomRandom.h"
#include "core/phantom/PhantomRasterizer.h"

namespace crossseg {

// How a balanced steady-state free precession (bSSFP) cardiac MR shows the phantom: bright blood and fluid,
// dark myocardium, medium muscle and liver, bright fat, near-black lungs, bone and air. Arbitrary units with a
// random per-scan scale (MR has no absolute intensity), a smooth multiplicative coil bias field, a slight
// partial-volume blur and Rician noise (the magnitude of complex Gaussian noise), rounded to whole units.
class MrAppearance {
public:
    static ImageVolume render(const TissueVolume& tissues, PhantomRandom& random);
};

} // namespace crossseg
