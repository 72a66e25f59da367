#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace crossseg {

// The one label-overlap (Dice) count of CrossSeg: how many voxels each class has in a prediction, in its
// reference, and in both. Used by evaluation (core/eval), validation during training (core/learn) and the Studio's
// teaching mode, so that every Dice the user sees is computed by the same rule:
//   Dice_k = 2 |P_k ∩ R_k| / (|P_k| + |R_k|), undefined when class k is in neither.
// Voxels are added in blocks (a case's slices in batches, a whole volume); label values at or above the class
// count are counted as background (class 0), so an unknown code never inflates a foreground class.
class LabelOverlap {
public:
    explicit LabelOverlap(int classes);

    int classes() const { return int(overlap_.size()); }

    void add(const std::uint8_t* prediction, const std::uint8_t* reference, std::size_t count);
    void add(const std::uint16_t* prediction, const std::uint16_t* reference, std::size_t count);

    std::size_t predictedVoxels(int label) const { return predicted_.at(label); }
    std::size_t referenceVoxels(int label) const { return reference_.at(label); }
    std::size_t overlapVoxels(int label) const { return overlap_.at(label); }

    // Dice of one class; nullopt when the class is in neither prediction nor reference.
    std::optional<double> dice(int label) const;
    // Mean Dice over the foreground classes (1..classes-1) that are in the prediction or the reference; 0 when none.
    double meanForegroundDice() const;

private:
    template <typename T>
    void count(const T* prediction, const T* reference, std::size_t count);

    std::vector<std::size_t> predicted_, reference_, overlap_;
};

} // namespace crossseg
