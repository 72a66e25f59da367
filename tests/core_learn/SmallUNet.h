#pragma once
#include "core/learn/UNet.h"

namespace crossseg::test {

// The smallest U-Net the suite's network tests use: 3 classes, depth 2, 4 base channels (fast on any CPU).
inline UNetOptions smallUNet() {
    UNetOptions o;
    o.classes = 3;
    o.depth = 2;
    o.baseChannels = 4;
    return o;
}

} // namespace crossseg::test
