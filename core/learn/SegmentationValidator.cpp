#include "core/learn/SegmentationValidator.h"

#include "core/image/LabelOverlap.h"

#include <cmath>
#include <limits>

namespace crossseg {
namespace {

// Dice sums over cases, per class, and how many cases counted for each class.
struct DiceSums {
    std::vector<double> sum;
    std::vector<int> counted;
    explicit DiceSums(int classes) : sum(classes, 0.0), counted(classes, 0) {}
};

} // namespace

SegmentationValidator::SegmentationValidator(std::vector<CaseSlices> cases, int classes, int batchSize)
    : cases_(std::move(cases)), classes_(classes), batchSize_(std::max(1, batchSize)) {}

TrainingValidationReport SegmentationValidator::evaluate(SliceSegmenter& segmenter,
                                                          const std::string& selectionModel) const {
    const std::vector<std::string> models = segmenter.models();
    std::map<std::string, DiceSums> sums;
    for (const auto& model : models) sums.emplace(model, DiceSums(classes_));
    for (const CaseSlices& c : cases_) {
        // Per model, the voxel counts of this case (LabelOverlap: the same Dice rule as evaluation).
        std::map<std::string, LabelOverlap> overlaps;
        for (const auto& model : models) overlaps.emplace(model, LabelOverlap(classes_));
        const std::size_t area = std::size_t(c.height) * c.width;
        std::vector<std::uint8_t> labels;
        for (int first = 0; first < c.count; first += batchSize_) {
            const int n = std::min(batchSize_, c.count - first);
            const torch::Tensor images = torch::from_blob(const_cast<float*>(c.images.data()) + first * area,
                                                          {n, 1, c.height, c.width}, torch::kFloat);
            // Each network runs once per batch; every model's prediction comes from those logits.
            for (const auto& [model, probabilities] : segmenter.probabilitiesOfAllModels(images)) {
                labels.resize(std::size_t(n) * area);
                SliceSegmenter::classIndices(probabilities, labels.data());
                overlaps.at(model).add(labels.data(), c.labels.data() + first * area, labels.size());
            }
        }
        for (const auto& [model, o] : overlaps) {
            DiceSums& s = sums.at(model);
            for (int k = 1; k < classes_; ++k) {
                if (const auto dice = o.dice(k)) { // absent from both: does not count
                    s.sum[k] += *dice;
                    ++s.counted[k];
                }
            }
        }
    }
    TrainingValidationReport report;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const auto& [model, s] : sums) {
        std::vector<double> perClass;
        double meanSum = 0.0;
        int meanCount = 0;
        for (int k = 1; k < classes_; ++k) {
            perClass.push_back(s.counted[k] ? s.sum[k] / s.counted[k] : nan);
            if (s.counted[k]) {
                meanSum += perClass.back();
                ++meanCount;
            }
        }
        report.perClassDice[model] = perClass;
        report.meanDice[model] = meanCount ? meanSum / meanCount : 0.0;
    }
    report.selectionDice = report.meanDice.count(selectionModel) ? report.meanDice[selectionModel] : 0.0;
    return report;
}

} // namespace crossseg
