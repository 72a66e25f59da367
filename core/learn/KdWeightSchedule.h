#pragma once
#include <string>

namespace crossseg {

// The weight lambda_kd of the distillation terms over a run. Two untrained networks teaching each other from the
// first iteration mostly teach background, so the weight may ramp up over the first part of the run:
//   none:    lambda at every iteration (the original behaviour)
//   linear:  lambda * t
//   sigmoid: lambda * exp(-5 (1 - t)^2)   (the ramp of Laine & Aila's temporal ensembling and the mean teacher)
// with t = min(1, iteration / rampIterations), rampIterations = round(rampFraction * totalIterations) and
// iterations counted from 1 (the first optimiser step is iteration 1). From rampIterations on, the weight is lambda.
class KdWeightSchedule {
public:
    enum class Ramp { None, Linear, Sigmoid };

    KdWeightSchedule() = default;
    KdWeightSchedule(double weight, Ramp ramp, double rampFraction, long long totalIterations);

    double weightAt(long long iteration) const;
    double weight() const { return weight_; }
    Ramp ramp() const { return ramp_; }
    long long rampIterations() const { return rampIterations_; }

    // "none" | "linear" | "sigmoid"; parse throws InputError naming the accepted values.
    static Ramp parseRamp(const std::string& name);
    static std::string toString(Ramp ramp);

private:
    double weight_ = 0.5;
    Ramp ramp_ = Ramp::None;
    long long rampIterations_ = 0;
};

} // namespace crossseg
