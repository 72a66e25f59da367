#pragma once
#include "core/distributed/GradientSync.h"

#include <cstdint>
#include <string>
#include <vector>

namespace crossseg::test {

// `test_core_distributed --worker MODE ARGS...`: the tests start the executable itself as the ranks of a
// distributed run (the launcher variables come through the environment). Returns the process's exit status.
int runWorker(const std::vector<std::string>& arguments);

// A small network without BatchNorm trained for `steps` Adam steps. At each step the batch is the
// concatenation of the given shards' batches; shard s of step i is a pure function of (seed, i, s) through
// DataShard::loaderSeed. Initialised with torch::manual_seed(initSeed), then rank 0's weights are broadcast.
// Returns the final parameters.
std::vector<torch::Tensor> trainTinyNetwork(GradientSync& sync, const std::vector<int>& shards, int steps,
                                            std::uint64_t seed, std::uint64_t initSeed);

// The batch of one shard at one step: 8 samples of 6 features, class labels 0..2.
std::pair<torch::Tensor, torch::Tensor> tinyBatch(std::uint64_t seed, int step, int shard);

} // namespace crossseg::test
