#include "core/learn/SegmentationValidator.h"

#include <cmath>
#include <limits>

namespace crossseg {

SegmentationValidator::SegmentationValidator(std::vector<CaseSlices> cases, int classes, int batchSize)
    : cases_(std::move(cases)), classes_(classes), batchSize_(std::max(1, batchSize)) {}

TrainingValidationReport SegmentationValidator::evaluate(SliceSegmenter& segmenter,
                                                          const std::string& selectionModel) const {
    TrainingValidationReport report;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const std::string& model : segmenter.models()) {
        std::vector<double> sum(classes_, 0.0);
        std::vector<int> counted(classes_, 0);
        for (const CaseSlices& c : cases_) {
            std::vector<double> overlap(classes_, 0.0), predicted(classes_, 0.0), reference(classes_, 0.0);
            const std::size_t area = std::size_t(c.height) * c.width;
            for (int first = 0; first < c.count; first += batchSize_) {
                const int n = std::min(batchSize_, c.count - first);
                const torch::Tensor images =
                    torch::from_blob(const_cast<float*>(c.images.data()) + first * area, {n, 1, c.height, c.width},
                                     torch::kFloat);
                const torch::Tensor labels = segmenter.probabilities(images, model).argmax(1).to(torch::kUInt8).contiguous();
                const std::uint8_t* p = labels.data_ptr<std::uint8_t>();
                const std::uint8_t* r = c.labels.data() + first * area;
                for (std::size_t i = 0; i < std::size_t(n) * area; ++i) {
                    const int reference_i = r[i] < classes_ ? r[i] : 0; // unknown values count as background
                    predicted[p[i]] += 1;
                    reference[reference_i] += 1;
                    if (p[i] == reference_i) overlap[p[i]] += 1;
                }
            }
            for (int k = 1; k < classes_; ++k) {
                if (predicted[k] + reference[k] == 0) continue;
                sum[k] += 2.0 * overlap[k] / (predicted[k] + reference[k]);
                ++counted[k];
            }
        }
        std::vector<double> perClass;
        double meanSum = 0.0;
        int meanCount = 0;
        for (int k = 1; k < classes_; ++k) {
            perClass.push_back(counted[k] ? sum[k] / counted[k] : nan);
            if (counted[k]) {
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
