#include "core/image/LabelOverlap.h"

#include <stdexcept>

namespace crossseg {

LabelOverlap::LabelOverlap(int classes) {
    if (classes < 1) throw std::invalid_argument("LabelOverlap needs at least one class");
    predicted_.assign(std::size_t(classes), 0);
    reference_.assign(std::size_t(classes), 0);
    overlap_.assign(std::size_t(classes), 0);
}

template <typename T>
void LabelOverlap::count(const T* prediction, const T* reference, std::size_t count) {
    const std::size_t classes = overlap_.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t p = prediction[i] < classes ? prediction[i] : 0;
        const std::size_t r = reference[i] < classes ? reference[i] : 0;
        ++predicted_[p];
        ++reference_[r];
        if (p == r) ++overlap_[p];
    }
}

void LabelOverlap::add(const std::uint8_t* prediction, const std::uint8_t* reference, std::size_t n) {
    count(prediction, reference, n);
}

void LabelOverlap::add(const std::uint16_t* prediction, const std::uint16_t* reference, std::size_t n) {
    count(prediction, reference, n);
}

std::optional<double> LabelOverlap::dice(int label) const {
    const std::size_t both = predicted_.at(label) + reference_.at(label);
    if (both == 0) return std::nullopt;
    return 2.0 * double(overlap_.at(label)) / double(both);
}

double LabelOverlap::meanForegroundDice() const {
    double sum = 0.0;
    int counted = 0;
    for (int k = 1; k < classes(); ++k)
        if (const auto d = dice(k)) {
            sum += *d;
            ++counted;
        }
    return counted ? sum / counted : 0.0;
}

} // namespace crossseg
