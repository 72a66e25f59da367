#include "core/learn/Losses.h"

namespace crossseg::losses {

torch::Tensor softDice(const torch::Tensor& logits, const torch::Tensor& labels) {
    const int64_t classes = logits.size(1);
    const torch::Tensor probabilities = torch::softmax(logits, 1);
    const torch::Tensor oneHot = torch::one_hot(labels, classes).permute({0, 3, 1, 2}).to(probabilities.dtype());
    const std::vector<int64_t> reduce{0, 2, 3};
    const torch::Tensor intersection = (probabilities * oneHot).sum(reduce);
    const torch::Tensor total = probabilities.sum(reduce) + oneHot.sum(reduce);
    const torch::Tensor dice = (2.0 * intersection + 1.0) / (total + 1.0);
    return 1.0 - dice.slice(0, 1, classes).mean();
}

torch::Tensor supervised(const torch::Tensor& logits, const torch::Tensor& labels) {
    return torch::nn::functional::cross_entropy(logits, labels) + softDice(logits, labels);
}

torch::Tensor distillation(const torch::Tensor& teacherLogits, const torch::Tensor& studentLogits, double temperature) {
    const torch::Tensor teacherLog = torch::log_softmax(teacherLogits.detach() / temperature, 1);
    const torch::Tensor studentLog = torch::log_softmax(studentLogits / temperature, 1);
    const torch::Tensor perPixel = (teacherLog.exp() * (teacherLog - studentLog)).sum(1);
    return perPixel.mean() * (temperature * temperature);
}

torch::Tensor leastSquaresAdversarial(const torch::Tensor& scores, bool real) {
    return (scores - (real ? 1.0 : 0.0)).pow(2).mean();
}

} // namespace crossseg::losses
