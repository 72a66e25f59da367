#pragma once
#include "core/image/Volume.h"
#include "core/phantom/PhantomAnatomy.h"

#include <array>
#include <cstdint>

namespace crossseg {

enum class PhantomModality { CT, MR };

// The demo cardiac phantom, in memory: the entry point for everyone who needs synthetic hearts.
//   CT: 96x96x64 voxels of 0.9x0.9x1.5 mm, stored LPS (identity direction).
//   MR: 72x72x40 voxels of 1.25x1.25x2.5 mm, stored RAS (x and y axes flipped), so the two modalities differ
//       in spacing and orientation as real CT and MR do; both cover the same thorax.
// Each case is a different random patient, fixed by (seed, modality, case number): generating case 1003 alone
// gives the same voxels as generating it among twenty others.
class CardiacPhantom {
public:
    struct Case {
        ImageVolume image;
        LabelVolume labels; // MM-WHS codes
    };

    static VolumeGeometry grid(PhantomModality modality);
    // A grid over the same physical box as `modality`'s grid, with another voxel count, stored LPS
    // (e.g. {512, 512, 200} for a high-resolution benchmark label volume).
    static VolumeGeometry gridCoveringFieldOfView(PhantomModality modality, const std::array<std::size_t, 3>& size);

    static PhantomAnatomy anatomy(std::uint64_t seed, PhantomModality modality, int caseNumber);
    static Case generate(std::uint64_t seed, PhantomModality modality, int caseNumber);

    // The MM-WHS labels of one case's anatomy on any grid: the high-resolution label volume. For example
    //   CardiacPhantom::labelsOnGrid(CardiacPhantom::anatomy(0, PhantomModality::CT, 1001),
    //                                CardiacPhantom::gridCoveringFieldOfView(PhantomModality::CT, {512, 512, 200}));
    static LabelVolume labelsOnGrid(const PhantomAnatomy& anatomy, const VolumeGeometry& grid);
};

const char* toString(PhantomModality modality); // "ct", "mr"

} // namespace crossseg
