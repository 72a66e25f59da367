#include "core/phantom/CardiacPhantom.h"

#include "core/phantom/AnatomySampler.h"
#include "core/phantom/CtAppearance.h"
#include "core/phantom/MrAppearance.h"
#include "core/phantom/PhantomRandom.h"
#include "core/phantom/PhantomRasterizer.h"

#include <algorithm>

namespace crossseg {
namespace {

// Random streams per case: anatomy and appearance are drawn from separate streams so that a change to how a
// modality looks never changes the anatomy of the patients.
enum Stream : std::uint64_t { CtAnatomy = 1, CtAppearanceStream = 2, MrAnatomy = 3, MrAppearanceStream = 4 };

VolumeGeometry centredGrid(const std::array<std::size_t, 3>& size, const std::array<double, 3>& spacing,
                           const std::array<double, 9>& direction) {
    VolumeGeometry g;
    g.size = size;
    g.spacing = spacing;
    g.direction = direction;
    // Put the centre of the voxel grid at the patient-space origin (where the thorax is centred).
    std::array<double, 3> halfExtent{};
    for (int a = 0; a < 3; ++a) halfExtent[a] = 0.5 * double(size[a] - 1) * spacing[a];
    for (int r = 0; r < 3; ++r) {
        g.origin[r] = 0.0;
        for (int c = 0; c < 3; ++c) g.origin[r] -= direction[r * 3 + c] * halfExtent[c];
    }
    return g;
}

constexpr std::array<double, 9> kLps{1, 0, 0, 0, 1, 0, 0, 0, 1};
constexpr std::array<double, 9> kRas{-1, 0, 0, 0, -1, 0, 0, 0, 1};

} // namespace

const char* toString(PhantomModality modality) { return modality == PhantomModality::CT ? "ct" : "mr"; }

VolumeGeometry CardiacPhantom::grid(PhantomModality modality) {
    if (modality == PhantomModality::CT) return centredGrid({96, 96, 64}, {0.9, 0.9, 1.5}, kLps);
    return centredGrid({72, 72, 40}, {1.25, 1.25, 2.5}, kRas);
}

VolumeGeometry CardiacPhantom::gridCoveringFieldOfView(PhantomModality modality, const std::array<std::size_t, 3>& size) {
    const VolumeGeometry base = grid(modality);
    std::array<double, 3> spacing{};
    for (int a = 0; a < 3; ++a) spacing[a] = base.spacing[a] * double(base.size[a]) / double(std::max<std::size_t>(1, size[a]));
    return centredGrid(size, spacing, kLps);
}

PhantomAnatomy CardiacPhantom::anatomy(std::uint64_t seed, PhantomModality modality, int caseNumber) {
    PhantomRandom random(PhantomRandom::mixSeed(seed, modality == PhantomModality::CT ? CtAnatomy : MrAnatomy,
                                                static_cast<std::uint64_t>(caseNumber)));
    return AnatomySampler::sample(random);
}

CardiacPhantom::Case CardiacPhantom::generate(std::uint64_t seed, PhantomModality modality, int caseNumber) {
    const PhantomAnatomy patient = anatomy(seed, modality, caseNumber);
    const VolumeGeometry g = grid(modality);
    const TissueVolume tissues = PhantomRasterizer::tissues(patient, g);
    PhantomRandom random(PhantomRandom::mixSeed(
        seed, modality == PhantomModality::CT ? CtAppearanceStream : MrAppearanceStream, static_cast<std::uint64_t>(caseNumber)));
    Case result;
    result.image = modality == PhantomModality::CT ? CtAppearance::render(tissues, random) : MrAppearance::render(tissues, random);
    result.labels = LabelVolume(g);
    for (std::size_t v = 0; v < tissues.voxels().size(); ++v)
        result.labels.voxels()[v] = mmwhsLabelCode(static_cast<PhantomTissue>(tissues.voxels()[v]));
    return result;
}

LabelVolume CardiacPhantom::labelsOnGrid(const PhantomAnatomy& anatomy, const VolumeGeometry& grid) {
    return PhantomRasterizer::labels(anatomy, grid);
}

} // namespace crossseg
