#include "core/learn/Predictor.h"

#include "core/image/Reorienter.h"
#include "core/learn/ComputeDevice.h"
#include "core/learn/RunRecord.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/ThreadSettings.h"
#include "core/learn/TrainingCheckpoint.h"
#include "core/preprocess/IntensityConventionCheck.h"
#include "core/preprocess/PhysicalIntensity.h"
#include "core/preprocess/SliceCacheBuilder.h"
#include "core/preprocess/SliceCacheJson.h"
#include "core/preprocess/SliceResampler.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <set>
#include <utility>

namespace crossseg {
namespace {

// The networks each model predicts with: one segmenter for all of them (best.pt), or, when the run kept a best
// checkpoint per model, the segmenter of that model's own checkpoint.
using SegmenterByModel = std::map<std::string, std::shared_ptr<SliceSegmenter>>;

// A run's best checkpoint(s), ready to segment target images the way training saw them.
class CheckpointPredictor : public Predictor {
public:
    CheckpointPredictor(const RunRecord& record, SliceCacheParameters preprocessing, SegmenterByModel segmenters)
        : method_(toString(record.config.method)), models_(record.models()),
          defaultModel_(record.method().defaultModel), classes_(record.classes),
          targetModality_(record.targetModality()), preprocessing_(std::move(preprocessing)),
          segmenters_(std::move(segmenters)), batchSize_(record.profile.batchSize * 2),
          flushDenormals_(record.profile.flushDenormals) {}

    std::string method() const override { return method_; }
    std::vector<std::string> models() const override { return models_; }
    std::string defaultModel() const override { return defaultModel_; }
    std::vector<std::string> classes() const override { return classes_; }
    void setPostprocessing(const PredictionPostprocessing& postprocessing) override { postprocessing_ = postprocessing; }
    int networkForwardsPerBatch(const std::vector<std::string>& models) const override {
        std::set<std::pair<const SliceSegmenter*, std::string>> networks;
        for (const auto& model : models) {
            requireModel(model);
            for (const auto& network : SliceSegmenter::networksOf(model))
                networks.emplace(segmenters_.at(model).get(), network);
        }
        return int(networks.size());
    }
    std::string intensityMismatch(const ImageVolume& physical) const override {
        return IntensityConventionCheck::mismatch(physical, targetModality_, preprocessing_);
    }

    std::map<std::string, LabelVolume> predictModels(const ImageVolume& image, const std::vector<std::string>& models,
                                                     TaskControl* control) override {
        for (const auto& model : models) requireModel(model);
        if (image.empty()) throw InputError("the image to segment is empty");
        // Preprocessing once for every model: reorientation, normalisation and resizing do not depend on it.
        const ImageVolume canonical = Reorienter::toCanonical(image);
        CaseVolumes volumes;
        volumes.image = canonical;
        const CaseSlices slices = SliceCacheBuilder::sliceCase(volumes, targetModality_, preprocessing_);
        std::map<std::string, std::vector<std::uint8_t>> predicted = predictSlices(slices, models, control);
        std::map<std::string, LabelVolume> result;
        for (auto& [model, labelsOnSlices] : predicted) {
            const LabelVolume onCanonicalGrid = SliceResampler::labelSlicesToGrid(labelsOnSlices, slices.height,
                                                                                  slices.width, canonical.geometry());
            std::vector<std::uint8_t>().swap(labelsOnSlices);
            LabelVolume labels = Reorienter::toOriginal(onCanonicalGrid, image.geometry());
            postprocessing_.apply(labels); // connectivity in voxel index space: the same on either grid
            result.emplace(model, std::move(labels));
        }
        return result;
    }

private:
    void requireModel(const std::string& model) const {
        if (std::find(models_.begin(), models_.end(), model) != models_.end()) return;
        std::string list;
        for (const auto& m : models_) list += (list.empty() ? "" : ", ") + m;
        throw InputError("model '" + model + "' is not available for a " + method_ + " run (available: " + list + ")");
    }

    // Class indices of every slice for each model. The models that share a checkpoint share its networks: each
    // network runs once per batch whatever the number of models (the ensemble, S_real and S_syn of one best.pt
    // cost two forwards, not four).
    std::map<std::string, std::vector<std::uint8_t>> predictSlices(const CaseSlices& slices,
                                                                   const std::vector<std::string>& models,
                                                                   TaskControl* control) {
        // The run's own numerics, on the thread that predicts (the mode is per thread): the same labels as the
        // validation inside training.
        ThreadSettings::setFlushDenormals(flushDenormals_);
        const std::size_t area = std::size_t(slices.height) * slices.width;
        std::map<SliceSegmenter*, std::vector<std::string>> byNetworks;
        std::map<std::string, std::vector<std::uint8_t>> predicted;
        for (const auto& model : models) {
            if (predicted.count(model)) continue;
            byNetworks[segmenters_.at(model).get()].push_back(model);
            predicted[model].resize(area * slices.count);
        }
        for (int first = 0; first < slices.count; first += batchSize_) {
            if (control) control->checkpoint();
            const int n = std::min(batchSize_, slices.count - first);
            const torch::Tensor batch = torch::from_blob(const_cast<float*>(slices.images.data()) + first * area,
                                                         {n, 1, slices.height, slices.width}, torch::kFloat);
            for (const auto& [segmenter, names] : byNetworks) {
                for (const auto& [model, probabilities] : segmenter->probabilitiesOf(batch, names)) {
                    SliceSegmenter::classIndices(probabilities, predicted.at(model).data() + first * area);
                }
            }
            if (control)
                control->report("predict", double(first + n) / slices.count,
                                "slice " + std::to_string(first + n) + "/" + std::to_string(slices.count));
        }
        return predicted;
    }

    std::string method_;
    std::vector<std::string> models_;
    std::string defaultModel_;
    std::vector<std::string> classes_;
    std::string targetModality_;
    SliceCacheParameters preprocessing_;
    SegmenterByModel segmenters_;
    int batchSize_;
    bool flushDenormals_;
    PredictionPostprocessing postprocessing_;
};

} // namespace

namespace {

SliceCacheParameters preprocessingOf(const RunRecord& record) {
    try {
        return SliceCacheJson::toParameters(record.preprocessing, record.configFile());
    } catch (const InputError& e) {
        throw InputError(record.configFile(), e.cause());
    }
}

std::map<std::string, UNet> segmentorsOf(const RunRecord& record, torch::Device device) {
    // The architecture the trainer built for this method and profile (normalisation domains, up-sampling, ...).
    const UNetOptions unet = SegmentationTrainer::unetOptions(record.profile, int(record.classes.size()));
    std::map<std::string, UNet> segmentors;
    for (const std::string& name : record.method().segmentors) {
        UNet network(unet);
        network->to(device);
        segmentors.emplace(name, network);
    }
    return segmentors;
}

// The segmentors of one of the run's checkpoints, checked to belong to the run's method.
std::map<std::string, UNet> segmentorsFrom(const RunRecord& record, const std::filesystem::path& checkpoint,
                                           torch::Device device) {
    if (!std::filesystem::exists(checkpoint))
        throw InputError(checkpoint, "checkpoint missing: the run has not reached its first validation yet");
    std::map<std::string, UNet> segmentors = segmentorsOf(record, device);
    const TrainingCheckpointState state = TrainingCheckpoint::loadSegmentors(checkpoint, segmentors, device);
    const std::string method = toString(record.config.method);
    if (state.config.value("method", std::string()) != method)
        throw InputError(checkpoint, "incompatible checkpoint: written by a " +
                                         state.config.value("method", std::string("?")) + " run, config.json says " +
                                         method);
    log::info("loaded " + checkpoint.string() + " (iteration " + std::to_string(state.iteration) +
              ", validation Dice " + std::to_string(state.bestDice) + ")");
    return segmentors;
}

// True when every parameter and buffer of both sets of segmentors is equal, bit for bit.
bool sameWeights(const std::map<std::string, UNet>& a, const std::map<std::string, UNet>& b) {
    if (a.size() != b.size()) return false;
    for (const auto& [name, network] : a) {
        const auto other = b.find(name);
        if (other == b.end()) return false;
        const auto mine = network->named_parameters(), theirs = other->second->named_parameters();
        const auto myBuffers = network->named_buffers(), theirBuffers = other->second->named_buffers();
        if (mine.size() != theirs.size() || myBuffers.size() != theirBuffers.size()) return false;
        for (const auto& p : mine)
            if (!theirs.contains(p.key()) || !torch::equal(p.value(), theirs[p.key()])) return false;
        for (const auto& p : myBuffers)
            if (!theirBuffers.contains(p.key()) || !torch::equal(p.value(), theirBuffers[p.key()])) return false;
    }
    return true;
}

// One segmenter per distinct set of weights among the checkpoints the models predict with. A run that keeps a
// best checkpoint per model often has the same iteration behind several of them (its best S_real at the iteration
// of its best ensemble): those models then share networks, which run once per batch instead of once per model.
SegmenterByModel segmentersByModel(const RunRecord& record, torch::Device device) {
    std::map<std::filesystem::path, std::shared_ptr<SliceSegmenter>> byCheckpoint;
    std::vector<std::pair<std::map<std::string, UNet>, std::shared_ptr<SliceSegmenter>>> distinct;
    SegmenterByModel byModel;
    for (const std::string& model : record.models()) {
        const std::filesystem::path checkpoint = record.checkpointForPrediction(model);
        auto& segmenter = byCheckpoint[checkpoint];
        if (!segmenter) {
            std::map<std::string, UNet> segmentors = segmentorsFrom(record, checkpoint, device);
            for (const auto& [weights, loaded] : distinct) {
                if (!sameWeights(weights, segmentors)) continue;
                segmenter = loaded;
                break;
            }
            if (segmenter) {
                log::info(checkpoint.string() + " holds the same weights as a checkpoint already loaded: shared");
            } else {
                segmenter = std::make_shared<SliceSegmenter>(segmentors, device);
                distinct.emplace_back(std::move(segmentors), segmenter);
            }
        }
        byModel[model] = segmenter;
    }
    // Only now that every comparison of raw weights is done: fold each loaded network's batch normalisation into
    // its convolutions (inference only; SliceSegmenter runs the target domain, 0).
    int folded = 0;
    for (auto& [segmentors, segmenter] : distinct)
        for (auto& [name, network] : segmentors) folded += network->foldNormalizationForInference(0) ? 1 : 0;
    if (folded > 0)
        log::debug("batch normalisation folded into the convolutions of " + std::to_string(folded) + " network(s)");
    return byModel;
}

} // namespace

LabelVolume Predictor::predict(const ImageVolume& image, const std::string& model, TaskControl* control) {
    return predictModels(image, {model}, control).at(model);
}

LabelVolume Predictor::predict(const ImageVolume& image, const StoredIntensity& stored, const std::string& model,
                               TaskControl* control) {
    return predict(PhysicalIntensity::toPhysical(image, stored), model, control);
}

std::unique_ptr<Predictor> Predictor::load(const std::filesystem::path& runDir, const std::string& device) {
    const RunRecord record = RunRecord::read(runDir);
    const SliceCacheParameters preprocessing = preprocessingOf(record);
    if (record.targetModality().empty()) throw InputError(record.configFile(), "the run names no target modality");

    ComputeDevice::useAllCpuThreads();
    std::string deviceMessage;
    const torch::Device torchDevice = ComputeDevice::resolve(device, deviceMessage);
    if (!deviceMessage.empty()) log::warn(deviceMessage);

    SegmenterByModel byModel = segmentersByModel(record, torchDevice);
    return std::make_unique<CheckpointPredictor>(record, preprocessing, std::move(byModel));
}

} // namespace crossseg
