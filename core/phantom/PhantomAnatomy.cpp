#include "core/phantom/PhantomAnatomy.h"

#include <cmath>

namespace crossseg {
namespace {
double ellipseRadiusSquared(double dx, double dy, double rx, double ry) {
    return (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry);
}
} // namespace

PhantomTissue PhantomAnatomy::tissueAt(const Vector3& p) const {
    const double dx = p.x - bodyCentre.x, dy = p.y - bodyCentre.y;
    if (ellipseRadiusSquared(dx, dy, bodyRadiusX, bodyRadiusY) > 1.0) return PhantomTissue::Air;
    const PhantomTissue heart = heartTissueAt(p);
    if (heart != PhantomTissue::Air) return heart;
    return thoraxTissueAt(p);
}

// Returns Air when p is not part of the heart or the great vessels.
PhantomTissue PhantomAnatomy::heartTissueAt(const Vector3& p) const {
    // Order matters where shapes overlap: the LV cavity and its wall win, the vessels cut through the atria,
    // and the RV is what is left of its ellipsoid once the septum (LV wall) is taken out: a crescent.
    if (leftVentricle.contains(p)) return PhantomTissue::LeftVentricle;
    if (myocardiumOuter.contains(p) && leftVentricle.alongZ(p) >= basalCut) return PhantomTissue::Myocardium;
    if (ascendingAorta.contains(p)) return PhantomTissue::AscendingAorta;
    if (pulmonaryTrunk.contains(p) || leftPulmonaryArtery.contains(p) || rightPulmonaryArtery.contains(p))
        return PhantomTissue::PulmonaryArtery;
    if (leftAtrium.contains(p)) return PhantomTissue::LeftAtrium;
    if (rightAtrium.contains(p)) return PhantomTissue::RightAtrium;
    if (rightVentricle.contains(p)) return PhantomTissue::RightVentricle;
    if (aorticArch.contains(p) || descendingAorta.contains(p) || superiorVenaCava.contains(p))
        return PhantomTissue::Blood;
    if (rightVentricle.grown(rightVentricleWall).contains(p)) return PhantomTissue::HeartWall;
    if (insideHeartEnvelope(p)) return PhantomTissue::Fat;
    return PhantomTissue::Air;
}

bool PhantomAnatomy::insideHeartEnvelope(const Vector3& p) const {
    return myocardiumOuter.grown(epicardialFat).contains(p) ||
           rightVentricle.grown(rightVentricleWall + epicardialFat).contains(p) ||
           leftAtrium.grown(epicardialFat).contains(p) || rightAtrium.grown(epicardialFat).contains(p);
}

PhantomTissue PhantomAnatomy::thoraxTissueAt(const Vector3& p) const {
    const double dx = p.x - bodyCentre.x, dy = p.y - bodyCentre.y;
    // Spine first: it sits in the posterior wall and indents the cavity.
    const double vx = p.x - vertebraCentre.x, vy = p.y - vertebraCentre.y;
    const double vertebraDistance = std::sqrt(vx * vx + vy * vy);
    if (vertebraDistance <= vertebraRadius) {
        const double phase = std::fmod(std::fmod(p.z - vertebraPhase, vertebraPeriod) + vertebraPeriod, vertebraPeriod);
        if (phase < discThickness) return PhantomTissue::Disc;
        const bool endplate = phase < discThickness + cortexThickness || phase > vertebraPeriod - cortexThickness;
        if (endplate || vertebraDistance > vertebraRadius - cortexThickness) return PhantomTissue::Bone;
        return PhantomTissue::Marrow;
    }
    const double cx = p.x - canalCentre.x, cy = p.y - canalCentre.y;
    const double canalDistance = std::sqrt(cx * cx + cy * cy);
    if (canalDistance <= canalRadius) return PhantomTissue::SpinalCanal;
    if (canalDistance <= canalRadius + cortexThickness * 1.5) return PhantomTissue::Bone; // the neural arch
    if (sternum.contains(p)) return sternum.grown(-cortexThickness).contains(p) ? PhantomTissue::Marrow : PhantomTissue::Bone;

    // Layers of the wall, as concentric ellipses shrinking inwards.
    const double fatX = bodyRadiusX - fatThickness, fatY = bodyRadiusY - fatThickness;
    if (ellipseRadiusSquared(dx, dy, fatX, fatY) > 1.0) return PhantomTissue::Fat;
    const double cavityX = fatX - wallThickness, cavityY = fatY - wallThickness;
    if (ellipseRadiusSquared(dx, dy, cavityX, cavityY) > 1.0) return PhantomTissue::Muscle;
    if (std::abs(vx) <= vertebraRadius * 1.2 && vy >= 0.0) return PhantomTissue::Muscle; // paraspinal muscle
    if (trachea.contains(p)) return PhantomTissue::Airway;

    // Below the diaphragm: liver on the right (x < 0 is the patient's right), abdomen on the left.
    auto domeHeight = [&](const Vector3& centre, double top) {
        const double ddx = p.x - centre.x, ddy = p.y - centre.y;
        return top - domeDrop * (1.0 - std::exp(-(ddx * ddx + ddy * ddy) / (domeWidth * domeWidth)));
    };
    const double diaphragm = std::fmax(domeHeight(rightDomeCentre, rightDomeTop), domeHeight(leftDomeCentre, leftDomeTop));
    if (p.z < diaphragm) return p.x < bodyCentre.x + 4.0 ? PhantomTissue::Liver : PhantomTissue::Abdomen;
    if (p.z < diaphragm + 1.5) return PhantomTissue::Muscle; // the diaphragm muscle itself

    if (mediastinum.contains(p)) return PhantomTissue::Fat;
    return PhantomTissue::Lung;
}

} // namespace crossseg
