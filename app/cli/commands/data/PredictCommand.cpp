// crossseg predict: segments one target image with a trained run and writes the labels with the image's header.
// The image is brought into physical units first (PhysicalIntensity): as read for a NIfTI in HU or a DICOM series
// (ITK applies the rescale), through --stored-slope/--stored-intercept for a file that encodes them otherwise (the
// shared abdomen CT: 8-bit, slope 400/255, intercept -125). When the image clearly does not fit the run's training
// convention (Predictor::intensityMismatch), a warning names the mismatch before predicting.
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/learn/Predictor.h"
#include "core/preprocess/PhysicalIntensity.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>
#include <iostream>
#include <memory>

namespace crossseg::cli {
namespace {

struct PredictArguments {
    std::string run, input, out, model, device = "cpu", postprocess = "none";
    std::string storedUnit = "HU";
    double storedSlope = 1.0, storedIntercept = 0.0;
    CLI::Option* slopeOption = nullptr;
    CLI::Option* interceptOption = nullptr;
};

// The declaration given on the command line; undeclared when neither slope nor intercept was given.
StoredIntensity declarationOf(const PredictArguments& a) {
    StoredIntensity stored;
    if (a.slopeOption->count() == 0 && a.interceptOption->count() == 0) return stored;
    stored.unit = a.storedUnit;
    stored.slope = a.storedSlope;
    stored.intercept = a.storedIntercept;
    const std::string problem = stored.problem();
    if (!problem.empty()) throw InputError("--stored-unit/--stored-slope/--stored-intercept: " + problem);
    return stored;
}

void setupPredict(CLI::App& command) {
    auto a = std::make_shared<PredictArguments>();
    command.add_option("--run", a->run, "Run folder written by crossseg train")->required();
    command.add_option("--input", a->input, "Target image (NIfTI, MetaImage, NRRD or a DICOM folder)")->required();
    command.add_option("--out", a->out, "Label file to write (.nii.gz, .nii, .mha)")->required();
    command.add_option("--model", a->model, "ensemble | real | syn (mkd methods), single (others); default: the run's own");
    command.add_option("--device", a->device, "cpu | cuda | cuda:N")->capture_default_str();
    command.add_option("--postprocess", a->postprocess, "none | largest-component (per class, as evaluate)")
        ->capture_default_str();
    a->slopeOption = command.add_option("--stored-slope", a->storedSlope,
                       "The input stores physical = stored x slope + intercept (e.g. 1.5686 for HU [-125, 275] as 8-bit)");
    a->interceptOption = command.add_option("--stored-intercept", a->storedIntercept, "See --stored-slope (e.g. -125)");
    command.add_option("--stored-unit", a->storedUnit, "Unit of the physical values: HU or arbitrary")
        ->capture_default_str();
    command.callback([a] {
        const StoredIntensity declared = declarationOf(*a);
        const PredictionPostprocessing postprocessing = PredictionPostprocessing::parse(a->postprocess);
        auto predictor = Predictor::load(a->run, a->device);
        predictor->setPostprocessing(postprocessing);
        const std::string model = a->model.empty() ? predictor->defaultModel() : a->model;
        const auto models = predictor->models();
        if (std::find(models.begin(), models.end(), model) == models.end()) {
            std::string list;
            for (const auto& m : models) list += (list.empty() ? "" : ", ") + m;
            throw InputError("--model " + model + " is not available for this " + predictor->method() +
                             " run (available: " + list + ")");
        }
        const ImageVolume image = PhysicalIntensity::toPhysical(VolumeReader::readImage(a->input), declared);
        const std::string mismatch = predictor->intensityMismatch(image);
        if (!mismatch.empty()) {
            // Printed whatever the console level: a prediction on mismatched intensities is worthless.
            std::cerr << "warning: " << a->input << ": " << mismatch << std::endl;
            log::warn(a->input + ": " + mismatch);
        }
        ConsoleProgress progress;
        TaskControl control(&progress);
        const LabelVolume labels = predictor->predict(image, model, &control);
        VolumeWriter::writeLabels(labels, a->out);
        log::info("predict: wrote " + a->out + " (" + predictor->method() + ", model " + model + ")");
    });
}

const bool registered =
    CommandRegistry::add("", "predict", "Segment a target image with a trained run", &setupPredict);

} // namespace
} // namespace crossseg::cli
