#include "core/phantom/MrAppearance.h"

#include "core/phantom/GaussianSmoothing.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace crossseg {
namespace {

// A smooth multiplicative field: exp of a random second-order polynomial over the normalised grid coordinates,
// so that its range stays about 0.6-1.6 (typical of surface-coil shading).
struct BiasField {
    std::array<double, 9> coefficients{};

    explicit BiasField(PhantomRandom& random) {
        for (int c = 0; c < 3; ++c) coefficients[c] = random.normal(0.0, 0.18);     // linear
        for (int c = 3; c < 9; ++c) coefficients[c] = random.normal(0.0, 0.08);     // quadratic and mixed
    }
    double at(double u, double v, double w) const {
        const double terms[9] = {u, v, w, u * u, v * v, w * w, u * v, v * w, u * w};
        double exponent = 0.0;
        for (int c = 0; c < 9; ++c) exponent += coefficients[c] * terms[c];
        return std::exp(exponent);
    }
};

double normalisedCoordinate(std::size_t index, std::size_t size) {
    return size > 1 ? 2.0 * double(index) / double(size - 1) - 1.0 : 0.0;
}

} // namespace

ImageVolume MrAppearance::render(const TissueVolume& tissues, PhantomRandom& random) {
    std::array<double, kPhantomTissueCount> signal{};
    auto set = [&](PhantomTissue t, double value) { signal[static_cast<int>(t)] = value; };
    const double blood = random.uniform(700.0, 900.0);
    const double myocardium = random.uniform(120.0, 170.0);
    set(PhantomTissue::Air, 0.0);
    set(PhantomTissue::Airway, 0.0);
    set(PhantomTissue::Lung, random.uniform(15.0, 35.0));
    set(PhantomTissue::Fat, random.uniform(550.0, 700.0));
    set(PhantomTissue::Muscle, random.uniform(190.0, 250.0));
    set(PhantomTissue::Bone, random.uniform(20.0, 40.0));
    set(PhantomTissue::Marrow, random.uniform(380.0, 470.0)); // fatty marrow
    set(PhantomTissue::Disc, random.uniform(300.0, 400.0));
    set(PhantomTissue::SpinalCanal, random.uniform(700.0, 850.0));
    set(PhantomTissue::Liver, random.uniform(220.0, 280.0));
    set(PhantomTissue::Abdomen, random.uniform(330.0, 430.0));
    set(PhantomTissue::HeartWall, myocardium);
    set(PhantomTissue::Myocardium, myocardium);
    for (int t = 0; t < kPhantomTissueCount; ++t)
        if (isBloodPool(static_cast<PhantomTissue>(t))) signal[t] = blood * random.uniform(0.93, 1.05); // inflow
    const double scanScale = random.uniform(0.6, 1.5);
    const BiasField bias(random);
    const double noiseSd = blood * random.uniform(0.025, 0.045);

    ImageVolume image(tissues.geometry());
    const auto& size = tissues.geometry().size;
    for (std::size_t k = 0; k < size[2]; ++k)
        for (std::size_t j = 0; j < size[1]; ++j)
            for (std::size_t i = 0; i < size[0]; ++i) {
                const double field = bias.at(normalisedCoordinate(i, size[0]), normalisedCoordinate(j, size[1]),
                                             normalisedCoordinate(k, size[2]));
                image.at(i, j, k) = static_cast<float>(signal[tissues.at(i, j, k)] * scanScale * field);
            }

    GaussianSmoothing::smooth(image, {0.55, 0.55, 0.45});
    for (float& value : image.voxels()) {
        const double real = value + noiseSd * scanScale * random.normal();
        const double imaginary = noiseSd * scanScale * random.normal();
        value = static_cast<float>(std::round(std::sqrt(real * real + imaginary * imaginary)));
    }
    return image;
}

} // namespace crossseg
