#include "core/learn/SliceBatchLoader.h"
#include "core/util/SeedMixing.h"

#include <cstring>
#include <random>
#include <stdexcept>

namespace crossseg {

SliceBatchLoader::SliceBatchLoader(std::vector<BatchStream> streams, const SliceAugmenter& augmenter,
                                   std::uint64_t seed, std::int64_t firstIteration, std::int64_t endIteration,
                                   int threads, int prefetch)
    : streams_(std::move(streams)), augmenter_(augmenter), seed_(seed), nextToBuild_(firstIteration),
      nextToHand_(firstIteration), end_(endIteration), prefetch_(std::max(1, prefetch)) {
    for (const auto& s : streams_) {
        if (!s.pool || s.pool->empty()) throw std::invalid_argument("SliceBatchLoader: a stream has no slices");
        if (s.withLabels && !s.pool->hasLabels()) throw std::invalid_argument("SliceBatchLoader: a stream needs labels its pool lacks");
    }
    for (int t = 0; t < std::max(1, threads); ++t) workers_.emplace_back([this] { work(); });
}

SliceBatchLoader::~SliceBatchLoader() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    for (auto& w : workers_) w.join();
}

std::vector<StreamBatch> SliceBatchLoader::build(std::int64_t iteration) const {
    std::vector<StreamBatch> batch;
    for (std::size_t s = 0; s < streams_.size(); ++s) {
        const BatchStream& stream = streams_[s];
        std::mt19937_64 random(mixSeed(mixSeed(seed_) ^ mixSeed(std::uint64_t(iteration) * 1315423911ULL + s)));
        const SlicePool& pool = *stream.pool;
        const int h = pool.height(), w = pool.width();
        const std::size_t area = std::size_t(h) * w;
        StreamBatch out;
        out.images = torch::empty({stream.count, 1, h, w}, torch::kFloat);
        torch::Tensor labels8;
        if (stream.withLabels) labels8 = torch::empty({stream.count, h, w}, torch::kUInt8);
        const auto& organs = pool.organClasses();
        for (int i = 0; i < stream.count; ++i) {
            const double u = double(random() >> 11) * (1.0 / 9007199254740992.0);
            std::int64_t index;
            if (!organs.empty() && u < stream.foregroundFraction) {
                const auto& showing = pool.slicesShowing(organs[random() % organs.size()]);
                index = showing[random() % showing.size()];
            } else
                index = std::int64_t(random() % std::uint64_t(pool.size()));
            std::memcpy(out.images.data_ptr<float>() + i * area, pool.image(index), area * sizeof(float));
            if (stream.withLabels) std::memcpy(labels8.data_ptr<std::uint8_t>() + i * area, pool.label(index), area);
        }
        if (stream.withLabels) out.labels = labels8.to(torch::kLong);
        if (stream.augment && stream.deferImageAugmentation) {
            out.pendingImageAugmentation = augmenter_.draw(stream.count, h, w, random);
            if (stream.withLabels) out.labels = SliceAugmenter::warpLabels(out.labels, out.pendingImageAugmentation);
        } else if (stream.augment) {
            augmenter_.apply(out.images, stream.withLabels ? &out.labels : nullptr, random);
        }
        batch.push_back(std::move(out));
    }
    return batch;
}

void SliceBatchLoader::work() {
    for (;;) {
        std::int64_t iteration;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [this] {
                return stopping_ || failure_ || (nextToBuild_ < end_ && nextToBuild_ - nextToHand_ < prefetch_);
            });
            if (stopping_ || failure_) return;
            iteration = nextToBuild_++;
        }
        try {
            auto batch = build(iteration);
            std::lock_guard<std::mutex> lock(mutex_);
            ready_.emplace(iteration, std::move(batch));
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            failure_ = std::current_exception();
        }
        changed_.notify_all();
    }
}

std::vector<StreamBatch> SliceBatchLoader::next() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (nextToHand_ >= end_) throw std::logic_error("SliceBatchLoader: no batches left");
    changed_.wait(lock, [this] { return failure_ || ready_.count(nextToHand_) > 0; });
    if (failure_) std::rethrow_exception(failure_);
    auto node = ready_.extract(nextToHand_);
    ++nextToHand_;
    lock.unlock();
    changed_.notify_all();
    return std::move(node.mapped());
}

} // namespace crossseg
