#include "rendering/SurfaceOptions.h"

#include <sstream>

namespace crossseg::rendering {

std::string SurfaceOptions::key() const {
    std::ostringstream s;
    s << name(contour) << "/s" << smoothingIterations << ":" << smoothingPassBand << "/" << name(decimation) << ":"
      << decimationTargetReduction << "/n" << computeNormals;
    return s.str();
}

const char* SurfaceOptions::name(ContourMethod method) {
    return method == ContourMethod::FlyingEdges ? "flying-edges" : "marching-cubes";
}

const char* SurfaceOptions::name(DecimationMethod method) {
    switch (method) {
    case DecimationMethod::None: return "none";
    case DecimationMethod::Quadric: return "quadric";
    case DecimationMethod::Pro: return "pro";
    }
    return "?";
}

} // namespace crossseg::rendering
