#include "core/learn/KdWeightSchedule.h"

#include "core/util/InputError.h"

#include <algorithm>
#include <cmath>

namespace crossseg {

KdWeightSchedule::KdWeightSchedule(double weight, Ramp ramp, double rampFraction, long long totalIterations)
    : weight_(weight), ramp_(ramp),
      rampIterations_(std::max(0LL, std::llround(std::clamp(rampFraction, 0.0, 1.0) * double(totalIterations)))) {}

double KdWeightSchedule::weightAt(long long iteration) const {
    // Returning weight_ itself (not weight_ * 1.0 through the ramp) keeps "none" bit-identical to a constant.
    if (ramp_ == Ramp::None || rampIterations_ <= 0 || iteration >= rampIterations_) return weight_;
    const double t = std::clamp(double(iteration) / double(rampIterations_), 0.0, 1.0);
    if (ramp_ == Ramp::Linear) return weight_ * t;
    return weight_ * std::exp(-5.0 * (1.0 - t) * (1.0 - t));
}

KdWeightSchedule::Ramp KdWeightSchedule::parseRamp(const std::string& name) {
    if (name == "none") return Ramp::None;
    if (name == "linear") return Ramp::Linear;
    if (name == "sigmoid") return Ramp::Sigmoid;
    throw InputError("unknown KD weight ramp '" + name + "' (expected none, linear or sigmoid)");
}

std::string KdWeightSchedule::toString(Ramp ramp) {
    switch (ramp) {
    case Ramp::Linear: return "linear";
    case Ramp::Sigmoid: return "sigmoid";
    case Ramp::None: break;
    }
    return "none";
}

} // namespace crossseg
