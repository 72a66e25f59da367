#pragma once
#include <cstdint>

namespace crossseg {

// What the phantom holds at a point. The first seven heart values carry MM-WHS label codes; everything else is
// background for the labels but has its own appearance in CT and MR.
enum class PhantomTissue : std::uint8_t {
    Air,
    Lung,
    Fat,
    Muscle,         // chest wall, paraspinal muscle, diaphragm
    Bone,           // cortical shell of vertebrae and sternum
    Marrow,         // cancellous bone inside them
    Disc,           // intervertebral discs
    SpinalCanal,    // cerebrospinal fluid
    Liver,
    Abdomen,        // stomach and spleen region under the left hemidiaphragm
    Blood,          // unlabelled vessels: descending aorta, aortic arch, superior vena cava
    HeartWall,      // right-ventricular free wall (not part of MM-WHS myocardium)
    Airway,         // trachea
    Myocardium,     // 205
    LeftAtrium,     // 420
    LeftVentricle,  // 500
    RightAtrium,    // 550
    RightVentricle, // 600
    AscendingAorta, // 820
    PulmonaryArtery // 850
};

constexpr int kPhantomTissueCount = static_cast<int>(PhantomTissue::PulmonaryArtery) + 1;

// The MM-WHS label code of a tissue (205, 420, 500, 550, 600, 820, 850), 0 for everything that is not labelled.
constexpr std::uint16_t mmwhsLabelCode(PhantomTissue tissue) {
    switch (tissue) {
    case PhantomTissue::Myocardium: return 205;
    case PhantomTissue::LeftAtrium: return 420;
    case PhantomTissue::LeftVentricle: return 500;
    case PhantomTissue::RightAtrium: return 550;
    case PhantomTissue::RightVentricle: return 600;
    case PhantomTissue::AscendingAorta: return 820;
    case PhantomTissue::PulmonaryArtery: return 850;
    default: return 0;
    }
}

// Blood of the right heart (venous return, pulmonary arteries) is less contrast-enhanced in CT than the left.
constexpr bool isRightHeartBlood(PhantomTissue tissue) {
    return tissue == PhantomTissue::RightAtrium || tissue == PhantomTissue::RightVentricle ||
           tissue == PhantomTissue::PulmonaryArtery;
}

constexpr bool isBloodPool(PhantomTissue tissue) {
    return tissue == PhantomTissue::Blood || tissue == PhantomTissue::LeftAtrium ||
           tissue == PhantomTissue::LeftVentricle || tissue == PhantomTissue::RightAtrium ||
           tissue == PhantomTissue::RightVentricle || tissue == PhantomTissue::AscendingAorta ||
           tissue == PhantomTissue::PulmonaryArtery;
}

} // namespace crossseg
