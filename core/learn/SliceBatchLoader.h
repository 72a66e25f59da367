#pragma once
#include "core/learn/SliceAugmenter.h"
#include "core/learn/SlicePool.h"

#include <torch/torch.h>

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace crossseg {

// One source of slices in a batch: which pool, how many slices, whether labels come along.
struct BatchStream {
    const SlicePool* pool = nullptr;
    int count = 0;
    bool withLabels = false;
    bool augment = true;
    double foregroundFraction = 0.0; // share of slices drawn as: an organ at random, then a slice showing it (labelled pools)
    // Warp the labels but hand the images over clean, with the draw in StreamBatch::pendingImageAugmentation (the
    // caller translates them first, then applies it). Same random numbers as augmenting here.
    bool deferImageAugmentation = false;
};

// The tensors of one stream for one iteration: images N x 1 x H x W, labels N x H x W (long, or undefined).
struct StreamBatch {
    torch::Tensor images;
    torch::Tensor labels;
    SliceAugmentation pendingImageAugmentation; // defined when the images still await their augmentation
};

// Builds batches (sampling + augmentation) on worker threads ahead of the training loop, keeping up to `prefetch`
// batches ready, so compute never waits on data. Batch i is a pure function of (seed, i): it does not depend on
// thread timing, and a resumed run starting at iteration i sees exactly the batches an uninterrupted run sees.
class SliceBatchLoader {
public:
    SliceBatchLoader(std::vector<BatchStream> streams, const SliceAugmenter& augmenter, std::uint64_t seed,
                     std::int64_t firstIteration, std::int64_t endIteration, int threads, int prefetch);
    ~SliceBatchLoader();
    SliceBatchLoader(const SliceBatchLoader&) = delete;
    SliceBatchLoader& operator=(const SliceBatchLoader&) = delete;

    // The batch of the next iteration, in order. Rethrows a worker's exception.
    std::vector<StreamBatch> next();

    // Builds batch `iteration` on the calling thread (what the workers run; exposed for tests and benchmarks).
    std::vector<StreamBatch> build(std::int64_t iteration) const;

private:
    void work();

    std::vector<BatchStream> streams_;
    SliceAugmenter augmenter_;
    std::uint64_t seed_;
    std::int64_t nextToBuild_, nextToHand_, end_;
    int prefetch_;
    bool stopping_ = false;
    std::exception_ptr failure_;
    std::map<std::int64_t, std::vector<StreamBatch>> ready_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::thread> workers_;
};

} // namespace crossseg
