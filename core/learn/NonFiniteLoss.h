#pragma once
#include <stdexcept>
#include <string>

namespace crossseg {

// A loss term became NaN or Inf: training stops before the weights are touched, naming the term.
class NonFiniteLoss : public std::runtime_error {
public:
    NonFiniteLoss(const std::string& term, double value, long long iteration)
        : std::runtime_error("loss term '" + term + "' became " + (value != value ? "NaN" : "Inf") +
                             " at iteration " + std::to_string(iteration)),
          term_(term) {}
    const std::string& term() const { return term_; }

private:
    std::string term_;
};

} // namespace crossseg
