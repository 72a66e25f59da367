#pragma once
#include <torch/torch.h>

// The loss terms of the method, as free functions on logits (N x C x H x W) and class-index labels (N x H x W, long).
namespace crossseg::losses {

// Soft Dice loss: 1 - mean over foreground classes of 2|P∩Y| / (|P| + |Y|), with softmax probabilities P and
// one-hot labels Y summed over the whole batch; a smoothing of 1 keeps absent classes from dividing by zero.
torch::Tensor softDice(const torch::Tensor& logits, const torch::Tensor& labels);

// L_sup = cross-entropy + soft Dice, weights 1:1.
torch::Tensor supervised(const torch::Tensor& logits, const torch::Tensor& labels);

// Knowledge distillation: the pixel-wise KL(softmax(z_t / T) || softmax(z_s / T)), summed over classes, averaged
// over pixels and batch, times T^2 (keeps gradient magnitudes comparable across T). The teacher is detached here,
// so gradients only reach the student.
torch::Tensor distillation(const torch::Tensor& teacherLogits, const torch::Tensor& studentLogits, double temperature);

// Least-squares GAN loss: mean((D(x) - target)^2), target 1 for "real", 0 for "fake".
torch::Tensor leastSquaresAdversarial(const torch::Tensor& scores, bool real);

} // namespace crossseg::losses
