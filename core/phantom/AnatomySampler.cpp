#include "core/phantom/AnatomySampler.h"

namespace crossseg {
namespace {

// Places the heart: nominal positions (relative to the heart centre, in an upright reference heart) are scaled,
// rotated and moved to this patient's heart centre.
struct HeartPlacement {
    Vector3 centre;
    Rotation3 rotation;
    double scale = 1.0;

    Vector3 point(const Vector3& nominal) const { return centre + rotation.apply(nominal * scale); }
    Vector3 direction(const Vector3& nominal) const { return rotation.apply(nominal).normalized(); }
    Ellipsoid ellipsoid(const Vector3& nominalCentre, const Vector3& semiAxes, const Rotation3& nominalOrientation) const {
        return {point(nominalCentre), semiAxes * scale, nominalOrientation.then(rotation)};
    }
    TubePath tube(const std::vector<TubePath::Node>& nominal) const {
        std::vector<TubePath::Node> placed;
        for (const auto& node : nominal) placed.push_back({point(node.point), node.radius * scale});
        return TubePath(placed);
    }
};

// A nominal offset jittered by a few millimetres.
Vector3 jitter(PhantomRandom& random, const Vector3& v, double sd) {
    return {random.normal(v.x, sd), random.normal(v.y, sd), random.normal(v.z, sd)};
}

void sampleThorax(PhantomRandom& random, PhantomAnatomy& a) {
    a.bodyCentre = {random.normal(0.0, 0.8), random.normal(3.0, 1.0), 0.0};
    a.bodyRadiusX = random.uniform(37.5, 41.0);
    a.bodyRadiusY = random.uniform(31.0, 34.0);
    a.fatThickness = random.uniform(1.5, 4.0);
    a.wallThickness = random.uniform(2.5, 3.5);

    a.vertebraRadius = random.uniform(5.5, 6.8);
    a.vertebraCentre = {a.bodyCentre.x + random.normal(0.0, 0.6), a.bodyCentre.y + a.bodyRadiusY - 16.0 + random.normal(0.0, 0.8), 0.0};
    a.cortexThickness = random.uniform(0.8, 1.2);
    a.vertebraPeriod = random.uniform(8.0, 10.0);
    a.discThickness = random.uniform(1.6, 2.4);
    a.vertebraPhase = random.uniform(0.0, a.vertebraPeriod);
    a.canalRadius = random.uniform(2.2, 3.0);
    a.canalCentre = {a.vertebraCentre.x, a.vertebraCentre.y + a.vertebraRadius + a.canalRadius + 1.2, 0.0};

    const double sternumY = a.bodyCentre.y - a.bodyRadiusY + a.fatThickness + a.wallThickness * 0.5;
    a.sternum = {{a.bodyCentre.x + random.normal(0.0, 0.5), sternumY, 0.0},
                 {random.uniform(4.5, 6.5), random.uniform(1.6, 2.2), 500.0}, Rotation3{}};

    const double mediastinumY = 0.5 * (sternumY + a.vertebraCentre.y);
    a.mediastinum = {{a.vertebraCentre.x, mediastinumY, 0.0},
                     {random.uniform(6.5, 8.0), 0.5 * (a.vertebraCentre.y - sternumY), 500.0}, Rotation3{}};
}

void sampleHeart(PhantomRandom& random, PhantomAnatomy& a) {
    HeartPlacement h;
    h.centre = a.bodyCentre + jitter(random, {3.0, -8.0, -3.0}, 1.2);
    h.scale = random.uniform(1.05, 1.25);
    h.rotation = Rotation3::aboutAxis({0, 0, 1}, random.uniform(-0.2, 0.2))
                     .then(Rotation3::aboutAxis({1, 0, 0}, random.uniform(-0.12, 0.12)))
                     .then(Rotation3::aboutAxis({0, 1, 0}, random.uniform(-0.12, 0.12)));

    // Left ventricle: its long axis points to the apex (left, anterior, inferior).
    const Vector3 apexDirection = Vector3{0.55, -0.5, -0.67}.normalized();
    const Rotation3 lvFrame = Rotation3::withZAxis(apexDirection, {0, 0, 1});
    const Vector3 lvCentre = jitter(random, {4.0, 0.0, -4.0}, 0.8);
    const double lvShort = random.uniform(7.8, 9.2);
    const Vector3 lvSemi{lvShort * random.uniform(0.93, 1.07), lvShort * random.uniform(0.93, 1.07), random.uniform(13.5, 16.5)};
    a.leftVentricle = h.ellipsoid(lvCentre, lvSemi, lvFrame);
    const double wall = random.uniform(2.1, 2.7);
    a.myocardiumOuter = h.ellipsoid(lvCentre + apexDirection * (0.4 * wall), {lvSemi.x + wall, lvSemi.y + wall, lvSemi.z + wall}, lvFrame);
    a.basalCut = -random.uniform(0.58, 0.68) * lvSemi.z * h.scale;

    // Right ventricle: anterior and right of the LV; the LV wall carves it into a crescent around the septum.
    a.rightVentricle = h.ellipsoid(lvCentre + jitter(random, {-8.0, -6.0, 1.5}, 0.8),
                                   {random.uniform(11.0, 13.0), random.uniform(9.0, 10.5), random.uniform(14.0, 17.0)}, lvFrame);
    a.rightVentricleWall = random.uniform(1.0, 1.4);

    // Atria: behind and above the ventricles, the left one posterior (towards the spine).
    const Rotation3 atrialFrame = Rotation3::aboutAxis({0, 0, 1}, random.uniform(-0.15, 0.15));
    a.leftAtrium = h.ellipsoid(jitter(random, {2.0, 9.0, 7.0}, 0.8),
                               {random.uniform(11.0, 13.0), random.uniform(6.0, 7.0), random.uniform(8.0, 9.5)}, atrialFrame);
    a.rightAtrium = h.ellipsoid(jitter(random, {-12.0, 3.0, 5.0}, 0.8),
                                {random.uniform(8.5, 10.0), random.uniform(8.0, 9.5), random.uniform(9.5, 11.5)}, atrialFrame);
    a.epicardialFat = random.uniform(1.0, 2.2);

    // Great vessels, as polylines relative to the heart centre (radii in millimetres).
    const double aortaRadius = random.uniform(4.0, 5.0);
    const std::vector<TubePath::Node> aorta = {
        {jitter(random, {-1.5, 1.0, 4.0}, 0.5), aortaRadius},
        {jitter(random, {-3.0, -1.0, 12.0}, 0.8), aortaRadius * 1.08},
        {jitter(random, {-4.0, 0.0, 22.0}, 0.8), aortaRadius},
        {jitter(random, {-3.0, 2.5, 30.0}, 0.8), aortaRadius * 0.96}};
    a.ascendingAorta = h.tube(aorta);

    const double trunkRadius = random.uniform(3.8, 4.8);
    const Vector3 bifurcation = jitter(random, {4.0, -1.0, 19.0}, 0.8);
    a.pulmonaryTrunk = h.tube({{jitter(random, {3.0, -10.0, 6.0}, 0.6), trunkRadius},
                               {jitter(random, {5.0, -7.5, 14.0}, 0.6), trunkRadius},
                               {bifurcation, trunkRadius * 0.92}});
    const double branchRadius = trunkRadius * random.uniform(0.62, 0.75);
    a.leftPulmonaryArtery = h.tube({{bifurcation, branchRadius},
                                    {jitter(random, {11.0, 3.0, 19.0}, 0.8), branchRadius},
                                    {jitter(random, {16.0, 7.0, 15.0}, 0.8), branchRadius * 0.85}});
    a.rightPulmonaryArtery = h.tube({{bifurcation, branchRadius},
                                     {jitter(random, {-1.0, 6.0, 20.0}, 0.5), branchRadius},
                                     {jitter(random, {-12.0, 7.5, 18.0}, 0.8), branchRadius},
                                     {jitter(random, {-19.0, 8.0, 14.0}, 0.8), branchRadius * 0.85}});

    // Unlabelled vessels: the arch continues the ascending aorta over to the descending aorta beside the spine.
    const Vector3 aortaTop = a.ascendingAorta.nodes().back().point;
    const double descendingRadius = aortaRadius * random.uniform(0.8, 0.9);
    const Vector3 descendingTop{a.vertebraCentre.x + a.vertebraRadius + 0.6 * descendingRadius,
                                a.vertebraCentre.y - a.vertebraRadius * 0.6, aortaTop.z + 3.0};
    const Vector3 archMiddle{0.5 * (aortaTop.x + descendingTop.x), 0.5 * (aortaTop.y + descendingTop.y), aortaTop.z + 7.0};
    a.aorticArch = TubePath({{aortaTop, aortaRadius * 0.95}, {archMiddle, aortaRadius * 0.9}, {descendingTop, descendingRadius}});
    a.descendingAorta = TubePath({{descendingTop, descendingRadius}, {{descendingTop.x, descendingTop.y, -200.0}, descendingRadius}});
    const Vector3 venaCavaBottom = h.point(jitter(random, {-12.5, 1.0, 10.0}, 0.6));
    a.superiorVenaCava = TubePath({{venaCavaBottom, 3.3 * h.scale}, {{venaCavaBottom.x, venaCavaBottom.y, 200.0}, 3.3 * h.scale}});
    const Vector3 carina{a.bodyCentre.x - 2.0, a.vertebraCentre.y - a.vertebraRadius - 4.5, archMiddle.z + 3.0};
    a.trachea = TubePath({{carina, 3.5}, {{carina.x, carina.y, 200.0}, 3.8}});

    // The diaphragm lies under the heart: the left dome lower (the heart rests on it), the right one higher.
    a.rightDomeTop = h.centre.z + random.uniform(-22.0, -18.0);
    a.leftDomeTop = h.centre.z + random.uniform(-29.0, -25.0);
    a.rightDomeCentre = {a.bodyCentre.x - 15.0, a.bodyCentre.y, 0.0};
    a.leftDomeCentre = {a.bodyCentre.x + 15.0, a.bodyCentre.y, 0.0};
    a.domeWidth = random.uniform(22.0, 28.0);
    a.domeDrop = random.uniform(14.0, 20.0);
}

} // namespace

PhantomAnatomy AnatomySampler::sample(PhantomRandom& random) {
    PhantomAnatomy anatomy;
    sampleThorax(random, anatomy);
    sampleHeart(random, anatomy);
    return anatomy;
}

} // namespace crossseg
