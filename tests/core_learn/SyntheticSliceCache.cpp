#include "SyntheticSliceCache.h"

#include <cmath>
#include <limits>
#include <random>

namespace crossseg::test {
namespace {

CaseSlices makeCase(const SyntheticSliceCacheOptions& o, bool target, std::mt19937& random) {
    CaseSlices c;
    c.count = o.slicesPerCase;
    c.height = c.width = o.size;
    const std::size_t area = std::size_t(o.size) * o.size;
    c.images.assign(area * c.count, 0.0f);
    c.labels.assign(area * c.count, 0);
    std::uniform_real_distribution<float> centre(9.0f, float(o.size) - 9.0f), noise(-0.1f, 0.1f);
    for (int s = 0; s < c.count; ++s) {
        const float cx = centre(random), cy = centre(random), radius = 5.0f;
        const int sx = int(centre(random)) - 3, sy = int(centre(random)) - 3;
        for (int y = 0; y < o.size; ++y)
            for (int x = 0; x < o.size; ++x) {
                std::uint8_t label = 0;
                if (x >= sx && x < sx + 6 && y >= sy && y < sy + 6) label = 2;
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) label = 1;
                // CT: organs bright on a dark background; MR: inverted, with a left-right bias field.
                float value = target ? (label == 1 ? 0.6f : label == 2 ? 0.2f : -0.6f)
                                     : (label == 1 ? -0.5f : label == 2 ? 0.7f : 0.3f) + 0.2f * (x / float(o.size));
                value += noise(random);
                if (target && o.nanInTargetImages) value = std::numeric_limits<float>::quiet_NaN();
                const std::size_t i = s * area + std::size_t(y) * o.size + x;
                c.images[i] = value;
                c.labels[i] = label;
            }
    }
    return c;
}

} // namespace

SliceCache writeSyntheticSliceCache(const std::filesystem::path& folder, const SyntheticSliceCacheOptions& o) {
    SliceCacheParameters parameters;
    parameters.height = parameters.width = o.size;
    SliceCache cache(folder, o.key, parameters);
    cache.setClasses({"background", "disc", "square"});
    cache.setModalityRole("ct", "target");
    cache.setModalityRole("mr", "assistant");
    std::mt19937 random(unsigned(o.seed));
    std::map<std::string, std::vector<std::string>> splits;
    const auto add = [&](const std::string& id, bool target) {
        SliceCacheCase info;
        info.id = id;
        info.modality = target ? "ct" : "mr";
        info.role = target ? "target" : "assistant";
        info.sliceCount = o.slicesPerCase;
        info.hasLabel = true;
        info.canonicalGeometry.size = {std::size_t(o.size), std::size_t(o.size), std::size_t(o.slicesPerCase)};
        cache.addCase(info, makeCase(o, target, random));
    };
    for (int i = 0; i < o.targetTrainCases; ++i) {
        add("ct_" + std::to_string(i), true);
        splits["ct_train"].push_back("ct_" + std::to_string(i));
    }
    add("ct_test_0", true);
    splits["ct_test"] = {"ct_test_0"};
    for (int i = 0; i < o.assistantCases; ++i) {
        add("mr_" + std::to_string(i), false);
        splits["mr_train"].push_back("mr_" + std::to_string(i));
    }
    cache.setSplits(splits);
    cache.writeIndex();
    return SliceCache::open(folder);
}

} // namespace crossseg::test
