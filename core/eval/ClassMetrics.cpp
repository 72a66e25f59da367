#include "core/eval/ClassMetrics.h"

namespace crossseg {

std::string toString(MetricStatus status) {
    switch (status) {
    case MetricStatus::Ok: return "ok";
    case MetricStatus::BothEmpty: return "both_empty";
    case MetricStatus::PredictionEmpty: return "prediction_empty";
    case MetricStatus::ReferenceEmpty: return "reference_empty";
    }
    return "unknown";
}

} // namespace crossseg
