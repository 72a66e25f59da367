#pragma once
#include "core/image/Volume.h"

#include <string>

namespace crossseg {

// What happens to a predicted label volume before it is returned (issue 9.6). "none" (the default, today's
// behaviour) or "largest-component": per class, the largest 3D connected component is kept, with every other one
// holding at least `keepFraction` of its voxels (LabelComponentFilter, 26-connectivity). The same for every method,
// so that evaluations with and without it compare like with like.
struct PredictionPostprocessing {
    bool largestComponent = false;
    double keepFraction = 0.1;

    // "none" | "largest-component"; InputError otherwise.
    static PredictionPostprocessing parse(const std::string& name);
    std::string name() const;
    void apply(LabelVolume& labels) const;
};

} // namespace crossseg
