// crossseg predict: segments one target image with a trained run and writes the labels with the image's header.
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/learn/Predictor.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>
#include <memory>

namespace crossseg::cli {
namespace {

struct PredictArguments {
    std::string run, input, out, model, device = "cpu";
};

void setupPredict(CLI::App& command) {
    auto a = std::make_shared<PredictArguments>();
    command.add_option("--run", a->run, "Run folder written by crossseg train")->required();
    command.add_option("--input", a->input, "Target image (NIfTI, MetaImage, NRRD or a DICOM folder)")->required();
    command.add_option("--out", a->out, "Label file to write (.nii.gz, .nii, .mha)")->required();
    command.add_option("--model", a->model, "ensemble | real | syn (mkd methods), single (others); default: the run's own");
    command.add_option("--device", a->device, "cpu | cuda | cuda:N")->capture_default_str();
    command.callback([a] {
        auto predictor = Predictor::load(a->run, a->device);
        const std::string model = a->model.empty() ? predictor->defaultModel() : a->model;
        const auto models = predictor->models();
        if (std::find(models.begin(), models.end(), model) == models.end()) {
            std::string list;
            for (const auto& m : models) list += (list.empty() ? "" : ", ") + m;
            throw InputError("--model " + model + " is not available for this " + predictor->method() +
                             " run (available: " + list + ")");
        }
        const ImageVolume image = VolumeReader::readImage(a->input);
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
