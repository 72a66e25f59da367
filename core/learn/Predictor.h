#pragma once
#include "core/image/StoredIntensity.h"
#include "core/image/Volume.h"
#include "core/learn/PredictionPostprocessing.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace crossseg {

class TaskControl;

// Segments a target image with a trained run: reorients to canonical, normalises and resizes each axial slice as
// preprocessing did, predicts slice by slice, stacks, and brings the labels back onto the input's own grid
// (nearest neighbour), so the result can be written with the input's header.
class Predictor {
public:
    // model: "ensemble" (average of the softmaxes of S_real and S_syn), "real", "syn", or "single" for one-network
    // methods. Throws InputError when the run folder or its best checkpoint is missing or incompatible.
    static std::unique_ptr<Predictor> load(const std::filesystem::path& runDir, const std::string& device = "cpu");
    virtual ~Predictor() = default;

    virtual std::string method() const = 0;
    virtual std::vector<std::string> models() const = 0;   // what `model` may be for this run
    virtual std::string defaultModel() const = 0;          // "ensemble" for mkd/mkd-iam, else "single"
    virtual std::vector<std::string> classes() const = 0;  // class names, [0] = background

    // Class indices on `image`'s grid. Reports progress as stage "predict". `image` is in PHYSICAL units (HU for CT):
    // what DatasetLoader::load returns (it applies a manifest's stored_intensity) and what VolumeReader returns for
    // a NIfTI in HU or a DICOM series (ITK applies the rescale).
    LabelVolume predict(const ImageVolume& image, const std::string& model, TaskControl* control = nullptr);
    // The same for an image whose numbers encode physical units (`stored`: physical = stored x slope + intercept).
    LabelVolume predict(const ImageVolume& image, const StoredIntensity& stored, const std::string& model,
                        TaskControl* control = nullptr);

    // Several models of the run at once (evaluation): the image is preprocessed once and each network runs once
    // per batch of slices, shared by the models that use it (the ensemble reuses the softmaxes of S_real and
    // S_syn). Each result is identical to predict(image, model). Keyed by model; a repeated model counts once.
    virtual std::map<std::string, LabelVolume> predictModels(const ImageVolume& image,
                                                             const std::vector<std::string>& models,
                                                             TaskControl* control = nullptr) = 0;

    // How many network forwards one batch of slices costs for these models. Models whose checkpoints hold the same
    // weights share their networks, so it can be below the sum over the models (evaluate logs it).
    virtual int networkForwardsPerBatch(const std::vector<std::string>& models) const = 0;

    // Applied to every prediction from now on (default: none).
    virtual void setPostprocessing(const PredictionPostprocessing& postprocessing) = 0;

    // "" when `physical` fits the intensity convention the run was trained with, else one sentence naming the
    // mismatch (IntensityConventionCheck): worth showing before a prediction silently finds nothing.
    virtual std::string intensityMismatch(const ImageVolume& physical) const = 0;
};

} // namespace crossseg
