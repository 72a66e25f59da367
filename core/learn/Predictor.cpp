#include "core/learn/Predictor.h"

#include "core/image/Reorienter.h"
#include "core/learn/ComputeDevice.h"
#include "core/learn/RunRecord.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/TrainingCheckpoint.h"
#include "core/preprocess/IntensityConventionCheck.h"
#include "core/preprocess/PhysicalIntensity.h"
#include "core/preprocess/SliceCacheBuilder.h"
#include "core/preprocess/SliceCacheJson.h"
#include "core/preprocess/SliceResampler.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

namespace crossseg {
namespace {

// A run's best checkpoint, ready to segment target images the way training saw them.
class CheckpointPredictor : public Predictor {
public:
    CheckpointPredictor(std::string method, std::vector<std::string> classes, std::string targetModality,
                        SliceCacheParameters preprocessing, SliceSegmenter segmenter, int batchSize)
        : method_(std::move(method)), classes_(std::move(classes)), targetModality_(std::move(targetModality)),
          preprocessing_(std::move(preprocessing)), segmenter_(std::move(segmenter)), batchSize_(batchSize) {}

    using Predictor::predict;
    std::string method() const override { return method_; }
    std::vector<std::string> models() const override { return segmenter_.models(); }
    std::string defaultModel() const override { return segmenter_.defaultModel(); }
    std::vector<std::string> classes() const override { return classes_; }
    std::string intensityMismatch(const ImageVolume& physical) const override {
        return IntensityConventionCheck::mismatch(physical, targetModality_, preprocessing_);
    }

    LabelVolume predict(const ImageVolume& image, const std::string& model, TaskControl* control) override {
        const auto known = models();
        if (std::find(known.begin(), known.end(), model) == known.end()) {
            std::string list;
            for (const auto& m : known) list += (list.empty() ? "" : ", ") + m;
            throw InputError("model '" + model + "' is not available for a " + method_ + " run (available: " + list + ")");
        }
        if (image.empty()) throw InputError("the image to segment is empty");
        const ImageVolume canonical = Reorienter::toCanonical(image);
        CaseVolumes volumes;
        volumes.image = canonical;
        const CaseSlices slices = SliceCacheBuilder::sliceCase(volumes, targetModality_, preprocessing_);
        const std::size_t area = std::size_t(slices.height) * slices.width;
        std::vector<std::uint8_t> predicted(area * slices.count);
        for (int first = 0; first < slices.count; first += batchSize_) {
            if (control) control->checkpoint();
            const int n = std::min(batchSize_, slices.count - first);
            const torch::Tensor batch = torch::from_blob(const_cast<float*>(slices.images.data()) + first * area,
                                                         {n, 1, slices.height, slices.width}, torch::kFloat);
            const torch::Tensor labels = segmenter_.probabilities(batch, model).argmax(1).to(torch::kUInt8).contiguous();
            std::memcpy(predicted.data() + first * area, labels.data_ptr<std::uint8_t>(), area * n);
            if (control)
                control->report("predict", double(first + n) / slices.count,
                                "slice " + std::to_string(first + n) + "/" + std::to_string(slices.count));
        }
        const LabelVolume onCanonicalGrid =
            SliceResampler::labelSlicesToGrid(predicted, slices.height, slices.width, canonical.geometry());
        return Reorienter::toOriginal(onCanonicalGrid, image.geometry());
    }

private:
    std::string method_;
    std::vector<std::string> classes_;
    std::string targetModality_;
    SliceCacheParameters preprocessing_;
    SliceSegmenter segmenter_;
    int batchSize_;
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
    UNetOptions unet;
    unet.classes = int(record.classes.size());
    unet.depth = record.profile.unetDepth;
    unet.baseChannels = record.profile.unetBaseChannels;
    unet.normalization = record.profile.normalization;
    unet.normalizationDomains = record.profile.normalizationDomains;
    unet.upsampling = record.profile.upsampling;
    unet.channelsLast = record.profile.channelsLast;
    std::map<std::string, UNet> segmentors;
    for (const std::string& name : record.method().segmentors) {
        UNet network(unet);
        network->to(device);
        segmentors.emplace(name, network);
    }
    return segmentors;
}

} // namespace

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

    std::map<std::string, UNet> segmentors = segmentorsOf(record, torchDevice);
    const std::filesystem::path best = record.bestCheckpoint();
    if (!std::filesystem::exists(best))
        throw InputError(best, "checkpoint missing: the run has not reached its first validation yet");
    const TrainingCheckpointState state = TrainingCheckpoint::loadSegmentors(best, segmentors, torchDevice);
    const std::string method = toString(record.config.method);
    if (state.config.value("method", std::string()) != method)
        throw InputError(best, "incompatible checkpoint: written by a " + state.config.value("method", std::string("?")) +
                                   " run, config.json says " + method);
    log::info("loaded " + best.string() + " (iteration " + std::to_string(state.iteration) + ", validation Dice " +
              std::to_string(state.bestDice) + ")");
    return std::make_unique<CheckpointPredictor>(method, record.classes, record.targetModality(), preprocessing,
                                                 SliceSegmenter(segmentors, torchDevice),
                                                 record.profile.batchSize * 2);
}

} // namespace crossseg
