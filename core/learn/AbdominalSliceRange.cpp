#include "core/learn/AbdominalSliceRange.h"

#include <algorithm>
#include <stdexcept>

namespace crossseg {

AbdominalSliceRange::AbdominalSliceRange(double lower, double upper)
    : lower_(std::clamp(lower, 0.0, 1.0)), upper_(std::clamp(upper, 0.0, 1.0)) {
    if (lower_ > upper_) throw std::invalid_argument("AbdominalSliceRange: lower bound above upper bound");
}

AbdominalSliceRange AbdominalSliceRange::fromLabelledCases(const SlicePool& labelled, double margin) {
    if (!labelled.hasLabels() || labelled.empty()) return {};
    const std::size_t area = std::size_t(labelled.height()) * labelled.width();
    double lower = 1.0, upper = 0.0;
    for (const auto& extent : labelled.cases()) {
        int first = -1, last = -1;
        for (int s = 0; s < extent.count; ++s) {
            const std::uint8_t* label = labelled.label(extent.first + s);
            if (std::any_of(label, label + area, [](std::uint8_t v) { return v > 0; })) {
                if (first < 0) first = s;
                last = s;
            }
        }
        if (first < 0) continue;
        // The organ slices cover [first, last + 1) of the case's [0, count) slice positions.
        lower = std::min(lower, double(first) / extent.count);
        upper = std::max(upper, double(last + 1) / extent.count);
    }
    if (lower > upper) return {};
    return AbdominalSliceRange(lower - margin, upper + margin);
}

SlicePool AbdominalSliceRange::restrict(const SlicePool& pool) const { return pool.relativeSliceRange(lower_, upper_); }

} // namespace crossseg
