#include "core/learn/SegmentationValidator.h"

#include <cmath>
#include <limits>

namespace crossseg {
namespace {

// Voxel counts of one case for one model, per class: |P ∩ R|, |P|, |R|.
struct Overlap {
    std::vector<double> both, predicted, reference;
    explicit Overlap(int classes) : both(classes, 0.0), predicted(classes, 0.0), reference(classes, 0.0) {}
};

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
        std::map<std::string, Overlap> overlaps;
        for (const auto& model : models) overlaps.emplace(model, Overlap(classes_));
        const std::size_t area = std::size_t(c.height) * c.width;
        for (int first = 0; first < c.count; first += batchSize_) {
            const int n = std::min(batchSize_, c.count - first);
            const torch::Tensor images = torch::from_blob(const_cast<float*>(c.images.data()) + first * area,
                                                          {n, 1, c.height, c.width}, torch::kFloat);
            // Each network runs once per batch; every model's prediction comes from those logits.
            for (const auto& [model, probabilities] : segmenter.probabilitiesOfAllModels(images)) {
                const torch::Tensor labels = probabilities.argmax(1).to(torch::kUInt8).contiguous();
                const std::uint8_t* p = labels.data_ptr<std::uint8_t>();
                const std::uint8_t* r = c.labels.data() + first * area;
                Overlap& o = overlaps.at(model);
                for (std::size_t i = 0; i < std::size_t(n) * area; ++i) {
                    const int reference_i = r[i] < classes_ ? r[i] : 0; // unknown values count as background
                    o.predicted[p[i]] += 1;
                    o.reference[reference_i] += 1;
                    if (p[i] == reference_i) o.both[p[i]] += 1;
                }
            }
        }
        for (const auto& [model, o] : overlaps) {
            DiceSums& s = sums.at(model);
            for (int k = 1; k < classes_; ++k) {
                if (o.predicted[k] + o.reference[k] == 0) continue; // absent from both: does not count
                s.sum[k] += 2.0 * o.both[k] / (o.predicted[k] + o.reference[k]);
                ++s.counted[k];
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
