#pragma once
#include "core/image/Volume.h"

#include <array>
#include <string>

namespace crossseg {

// Brings every volume into CrossSeg's canonical orientation before volumes are mixed: voxel axis i points to the
// patient's Left, j to Posterior, k to Superior ("LPS" in NIfTI axis-code naming; ITK calls it RAI). Done by
// permuting and flipping voxel axes only (no interpolation), so it is exact and reversible. Oblique grids are
// snapped to the nearest axes when choosing the permutation; the direction matrix is the original one with its
// columns permuted/negated, so every voxel keeps its physical position (identity for axis-aligned input).
class Reorienter {
public:
    // Three letters naming where each voxel axis points: "LPS", "LAS", "RAS", ...
    static std::string orientationCode(const VolumeGeometry& geometry);
    static std::string canonicalCode() { return "LPS"; }
    // Per voxel axis i, j, k: the patient axis (0 = x/L, 1 = y/P, 2 = z/S) it is snapped to, the same choice
    // toCanonical and orientationCode make (Obliquity measures the angle to it).
    static std::array<int, 3> nearestPatientAxes(const VolumeGeometry& geometry);

    template <typename T>
    static Volume<T> toCanonical(const Volume<T>& volume);

    // The inverse: brings a volume on the canonical grid of `original` back onto `original`'s own grid
    // (used to write predictions with the input's header).
    template <typename T>
    static Volume<T> toOriginal(const Volume<T>& canonical, const VolumeGeometry& original);
};

} // namespace crossseg
