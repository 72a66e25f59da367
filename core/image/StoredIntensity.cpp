#include "core/image/StoredIntensity.h"

#include <cmath>
#include <sstream>

namespace crossseg {

bool StoredIntensity::isKnownUnit(const std::string& unit) {
    return unit == "HU" || unit == "arbitrary";
}

std::string StoredIntensity::knownUnits() {
    return "HU, arbitrary";
}

std::string StoredIntensity::problem() const {
    if (!isKnownUnit(unit)) return "unit \"" + unit + "\" is not one of " + knownUnits();
    // A zero slope would map every voxel to the intercept: the image would be lost, never what was meant.
    if (!std::isfinite(slope) || slope == 0.0) return "slope must be a finite, non-zero number";
    if (!std::isfinite(intercept)) return "intercept must be a finite number";
    return {};
}

std::string StoredIntensity::describe() const {
    std::ostringstream s;
    s << (declared() ? unit : std::string("physical")) << " = stored x " << slope << " + " << intercept;
    return s.str();
}

} // namespace crossseg
