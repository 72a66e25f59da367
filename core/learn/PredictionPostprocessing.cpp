#include "core/learn/PredictionPostprocessing.h"

#include "core/image/LabelComponentFilter.h"
#include "core/util/InputError.h"

namespace crossseg {

PredictionPostprocessing PredictionPostprocessing::parse(const std::string& name) {
    PredictionPostprocessing postprocessing;
    if (name == "largest-component")
        postprocessing.largestComponent = true;
    else if (name != "none")
        throw InputError("unknown post-processing '" + name + "' (expected none or largest-component)");
    return postprocessing;
}

std::string PredictionPostprocessing::name() const { return largestComponent ? "largest-component" : "none"; }

void PredictionPostprocessing::apply(LabelVolume& labels) const {
    if (largestComponent)
        LabelComponentFilter(LabelComponentFilter::Connectivity::Full26, keepFraction).apply(labels);
}

} // namespace crossseg
