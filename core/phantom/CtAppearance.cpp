#include "core/phantom/CtAppearance.h"

#include "core/phantom/GaussianSmoothing.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace crossseg {

ImageVolume CtAppearance::render(const TissueVolume& tissues, PhantomRandom& random) {
    // This scan's contrast, drawn first so that it does not depend on the grid size.
    std::array<double, kPhantomTissueCount> hu{};
    auto set = [&](PhantomTissue t, double value) { hu[static_cast<int>(t)] = value; };
    const double leftBlood = random.uniform(260.0, 350.0);
    const double rightBlood = leftBlood * random.uniform(0.78, 0.95);
    const double myocardium = random.uniform(45.0, 60.0);
    set(PhantomTissue::Air, -1000.0);
    set(PhantomTissue::Airway, -980.0);
    set(PhantomTissue::Lung, random.uniform(-850.0, -780.0));
    set(PhantomTissue::Fat, random.uniform(-110.0, -85.0));
    set(PhantomTissue::Muscle, random.uniform(30.0, 42.0)); // a little below myocardium, as in contrast CT
    set(PhantomTissue::Bone, random.uniform(750.0, 1000.0));
    set(PhantomTissue::Marrow, random.uniform(380.0, 480.0));
    set(PhantomTissue::Disc, random.uniform(70.0, 100.0));
    set(PhantomTissue::SpinalCanal, random.uniform(10.0, 25.0));
    set(PhantomTissue::Liver, random.uniform(90.0, 120.0)); // enhanced parenchyma
    set(PhantomTissue::Abdomen, random.uniform(20.0, 40.0));
    set(PhantomTissue::HeartWall, myocardium);
    set(PhantomTissue::Myocardium, myocardium);
    for (int t = 0; t < kPhantomTissueCount; ++t) {
        const auto tissue = static_cast<PhantomTissue>(t);
        if (isBloodPool(tissue)) hu[t] = isRightHeartBlood(tissue) ? rightBlood : leftBlood;
    }
    const double noiseSd = random.uniform(12.0, 22.0);
    const double lungTexture = random.uniform(20.0, 35.0);

    ImageVolume image(tissues.geometry());
    const auto& labels = tissues.voxels();
    auto& voxels = image.voxels();
    for (std::size_t v = 0; v < voxels.size(); ++v) voxels[v] = static_cast<float>(hu[labels[v]]);

    // Lung parenchyma is not uniform: add a smooth random field (vessels, gravity-dependent density).
    ImageVolume texture(tissues.geometry());
    for (float& t : texture.voxels()) t = static_cast<float>(random.normal());
    GaussianSmoothing::smooth(texture, {1.5, 1.5, 1.0});
    const auto lung = static_cast<std::uint8_t>(PhantomTissue::Lung);
    for (std::size_t v = 0; v < voxels.size(); ++v)
        if (labels[v] == lung) voxels[v] += static_cast<float>(lungTexture * 3.0 * texture.voxels()[v]);

    GaussianSmoothing::smooth(image, {0.55, 0.55, 0.45});
    for (float& value : voxels) {
        const double noisy = value + noiseSd * random.normal();
        value = static_cast<float>(std::clamp(std::round(noisy), -1024.0, 3071.0));
    }
    return image;
}

} // namespace crossseg
