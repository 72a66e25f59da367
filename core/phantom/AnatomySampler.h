#pragma once
#include "core/phantom/PhantomAnatomy.h"
#include "core/phantom/PhantomRandom.h"

namespace crossseg {

// Draws one plausible synthetic patient. Every case comes from the same distribution whatever its modality, so
// CT and MR share anatomy statistics (sizes, positions, orientations) while being different, unpaired patients,
// as in MM-WHS. Sizes are those of a small thorax (about 80 mm wide) so that the whole chest fits the demo's
// small grids; proportions follow adult anatomy with a large heart (cardiothoracic ratio about 0.55).
class AnatomySampler {
public:
    static PhantomAnatomy sample(PhantomRandom& random);
};

} // namespace crossseg
