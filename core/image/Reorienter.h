#pragma once
#include "image/Volume.h"

#include <string>

namespace crossseg {

// Brings every volume into CrossSeg's canonical orientation before volumes are mixed: voxel axis i points to the
// patient's Left, j to Posterior, k to Superior ("LPS" in NIfTI axis-code naming; ITK calls it RAI), with
// a positive, axis-aligned direction matrix. Done by permuting and flipping voxel axes only (no interpolation),
// so it is exact and reversible. Oblique directions are snapped to the nearest axis.
class Reorienter {
public:
    // Three letters naming where each voxel axis points: "LPS", "LAS", "RAS", ...
    static std::string orientationCode(const VolumeGeometry& geometry);
    static std::string canonicalCode() { return "LPS"; }

    template <typename T>
    static Volume<T> toCanonical(const Volume<T>& volume);

    // The inverse: brings a volume on the canonical grid of `original` back onto `original`'s own grid
    // (used to write predictions with the input's header).
    template <typename T>
    static Volume<T> toOriginal(const Volume<T>& canonical, const VolumeGeometry& original);
};

} // namespace crossseg
