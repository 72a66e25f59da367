#pragma once
#include <array>
#include <string>
#include <vector>

namespace crossseg {

// The default CT window (in HU) for a label set: the window radiologists use for the organs being segmented, so the
// networks see those organs' contrast at full resolution and nothing of it is clipped away.
//   abdomen (liver, kidneys, spleen, pancreas, ...): [-125, 275], W400/L75: fat (-100) to enhanced kidney cortex
//       (~250); the window of the BTCV/SABS abdominal cross-modality benchmarks, and exactly the range the shared
//       abdomen CT keeps (so its 8-bit encoding loses nothing inside it);
//   heart (myocardium, atria, ventricles, aorta, pulmonary artery): [-250, 450]: epicardial fat to the
//       contrast-filled blood pool (300-450 HU);
//   lung (lungs, airways): [-1350, 150], W1500/L-600;
//   bone (vertebrae, ribs, femur, skull, ...): [-500, 1500], W2000/L500;
//   anything else: [-250, 450], a general soft-tissue window (CrossSeg's default before windows were chosen per
//       label set).
// The region with the most class names matching wins (ties: the order above). Matching is by substring,
// case-insensitive ("right_kidney" is a kidney).
class CtWindowChoice {
public:
    struct Window {
        std::array<double, 2> range{-250.0, 450.0};
        std::string region;   // "abdomen", "heart", "lung", "bone" or "soft tissue"
        std::string reason;   // recorded in the slice cache: "default CT window for abdominal organs (liver, ...)"
    };

    static Window forClasses(const std::vector<std::string>& classes);
};

} // namespace crossseg
