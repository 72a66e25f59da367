// crossseg bench predict: how long segmenting one CT volume takes, on a synthetic 512 x 512 x 200 CT (a body
// ellipse with organ-like blobs, in HU). With --run, the run's own Predictor does it (the production path: its
// networks, its preprocessing, any post-processing). Without, an ensemble of two freshly initialised U-Nets of the
// profile goes through the same steps, timed one by one: reorient + normalise + resize the slices, the networks
// (both U-Nets, softmax average, argmax), and the labels back onto the CT grid.
#include "BenchMachine.h"
#include "BenchStepTimer.h"
#include "CommandRegistry.h"

#include "core/image/Reorienter.h"
#include "core/learn/ComputeDevice.h"
#include "core/learn/Predictor.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/ThreadSettings.h"
#include "core/learn/TrainingProfile.h"
#include "core/preprocess/SliceCacheBuilder.h"
#include "core/preprocess/SliceResampler.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <memory>
#include <random>

namespace crossseg::cli {
namespace {

constexpr int kClasses = 5;

struct BenchPredictArguments {
    std::string run, profile = "cpu-quick", device = "cpu", json, size = "512x512x200";
    std::string upsampling = "pixel-shuffle"; // the named profiles' defaults
    bool channelsLast = true, flushDenormals = false, foldNormalization = true; // as a run's Predictor does
    int threads = 0, blasThreads = 1, repeat = 1; // one BLAS thread, as training and prediction set it
};

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// An abdominal-looking CT in HU: air around a body ellipse of soft tissue, a few brighter blobs, noise.
ImageVolume syntheticCt(std::size_t nx, std::size_t ny, std::size_t nz) {
    VolumeGeometry g;
    g.size = {nx, ny, nz};
    g.spacing = {0.78, 0.78, 2.5};
    ImageVolume ct(g, -1000.0f);
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 12.0f);
    const double cx = nx / 2.0, cy = ny / 2.0;
    for (std::size_t k = 0; k < nz; ++k)
        for (std::size_t j = 0; j < ny; ++j)
            for (std::size_t i = 0; i < nx; ++i) {
                const double u = (i - cx) / (0.42 * nx), v = (j - cy) / (0.32 * ny);
                if (u * u + v * v > 1.0) continue;
                const double w = (i - 0.6 * nx) / (0.12 * nx), t = (j - 0.45 * ny) / (0.1 * ny);
                const double organ = (w * w + t * t < 1.0) ? 60.0 : 0.0;
                ct.at(i, j, k) = float(40.0 + organ) + noise(random);
            }
    return ct;
}

std::array<std::size_t, 3> parseSize(const std::string& text) {
    std::array<std::size_t, 3> size{};
    if (std::sscanf(text.c_str(), "%zux%zux%zu", &size[0], &size[1], &size[2]) != 3 || !size[0] || !size[1] || !size[2])
        throw InputError("--size must be WxHxD, e.g. 512x512x200 (got '" + text + "')");
    return size;
}

// The production steps with an untrained ensemble, each phase timed.
nlohmann::json predictWithFreshEnsemble(const BenchPredictArguments& a, const ImageVolume& ct, torch::Device device) {
    const TrainingProfile p = TrainingProfile::resolve(a.profile);
    UNetOptions unet;
    unet.classes = kClasses;
    unet.depth = p.unetDepth;
    unet.baseChannels = p.unetBaseChannels;
    unet.normalization = p.normalization;
    unet.upsampling = a.upsampling;
    unet.channelsLast = a.channelsLast;
    torch::manual_seed(0);
    std::map<std::string, UNet> networks{{"real", UNet(unet)}, {"syn", UNet(unet)}};
    for (auto& [name, network] : networks) {
        network->to(device);
        if (a.foldNormalization) network->foldNormalizationForInference(0);
    }
    SliceSegmenter segmenter(networks, device);
    SliceCacheParameters preprocessing;
    preprocessing.height = p.height;
    preprocessing.width = p.width;
    const int batchSize = 2 * p.batchSize; // what Predictor uses

    auto start = std::chrono::steady_clock::now();
    CaseVolumes volumes;
    volumes.image = Reorienter::toCanonical(ct);
    const CaseSlices slices = SliceCacheBuilder::sliceCase(volumes, "ct", preprocessing);
    const double prepare = secondsSince(start);

    start = std::chrono::steady_clock::now();
    const std::size_t area = std::size_t(slices.height) * slices.width;
    std::vector<std::uint8_t> predicted(area * slices.count);
    for (int first = 0; first < slices.count; first += batchSize) {
        const int n = std::min(batchSize, slices.count - first);
        const torch::Tensor batch = torch::from_blob(const_cast<float*>(slices.images.data()) + first * area,
                                                     {n, 1, slices.height, slices.width}, torch::kFloat);
        // The production argmax (torch's own takes a slow generic reduction on channels-last probabilities).
        SliceSegmenter::classIndices(segmenter.probabilities(batch, "ensemble"), predicted.data() + first * area);
    }
    const double networksSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    const LabelVolume onGrid = SliceResampler::labelSlicesToGrid(predicted, slices.height, slices.width,
                                                                 volumes.image.geometry());
    const LabelVolume result = Reorienter::toOriginal(onGrid, ct.geometry());
    const double restore = secondsSince(start);
    return {{"prepare_s", prepare},
            {"networks_s", networksSeconds},
            {"labels_to_grid_s", restore},
            {"total_s", prepare + networksSeconds + restore},
            {"slices", slices.count},
            {"slice_size", std::to_string(slices.height) + "x" + std::to_string(slices.width)},
            {"slices_per_second_networks", slices.count / networksSeconds},
            {"labelled_voxels", std::count_if(result.voxels().begin(), result.voxels().end(),
                                              [](std::uint16_t v) { return v != 0; })}};
}

nlohmann::json predictWithRun(const BenchPredictArguments& a, const ImageVolume& ct) {
    auto start = std::chrono::steady_clock::now();
    const std::unique_ptr<Predictor> predictor = Predictor::load(a.run, a.device);
    const double load = secondsSince(start);
    start = std::chrono::steady_clock::now();
    const LabelVolume result = predictor->predict(ct, predictor->defaultModel());
    const double predict = secondsSince(start);
    return {{"load_s", load}, {"total_s", predict}, {"model", predictor->defaultModel()}, {"method", predictor->method()},
            {"labelled_voxels", std::count_if(result.voxels().begin(), result.voxels().end(),
                                              [](std::uint16_t v) { return v != 0; })}};
}

void runBenchPredict(const BenchPredictArguments& a) {
    std::string message;
    const torch::Device device = ComputeDevice::resolve(a.device, message);
    if (!message.empty()) log::warn(message);
    ThreadSettings::useIntraOpThreads(a.threads);
    if (a.blasThreads > 0) ThreadSettings::setBlasThreads(a.blasThreads);
    // A run's Predictor sets its own profile's mode; this one is for the fresh ensemble.
    ThreadSettings::setFlushDenormals(a.flushDenormals);
    const auto size = parseSize(a.size);
    log::info("bench predict: synthetic CT " + a.size);
    const ImageVolume ct = syntheticCt(size[0], size[1], size[2]);
    nlohmann::json result, rounds = nlohmann::json::array();
    std::vector<double> totals;
    for (int r = 0; r < a.repeat; ++r) {
        nlohmann::json round = a.run.empty() ? predictWithFreshEnsemble(a, ct, device) : predictWithRun(a, ct);
        totals.push_back(round["total_s"].get<double>());
        log::info("bench predict: " + round.dump());
        rounds.push_back(round);
    }
    result["rounds"] = rounds;
    result["median_total_s"] = BenchStepTimer::median(totals);
    result["volume"] = a.size;
    result["run"] = a.run;
    result["profile"] = a.run.empty() ? a.profile : "";
    result["options"] = {{"upsampling", a.upsampling}, {"channels_last", a.channelsLast}, {"blas_threads", a.blasThreads},
                         {"flush_denormals", a.flushDenormals}, {"fold_normalization", a.foldNormalization}};
    result["device"] = device.str();
    result["torch_threads"] = torch::get_num_threads();
    result["libtorch"] = TORCH_VERSION;
    result["machine"] = BenchMachine::describe();
    AtomicFile::writeText(a.json, result.dump(2) + "\n");
    log::info("bench predict: " + std::to_string(result["median_total_s"].get<double>()) + " s per " + a.size + " CT");
}

void setupBenchPredict(CLI::App& command) {
    auto a = std::make_shared<BenchPredictArguments>();
    command.add_option("--run", a->run, "A trained run folder: time its Predictor (default: a fresh ensemble)");
    command.add_option("--profile", a->profile, "Networks of this profile when no --run is given")->capture_default_str();
    command.add_option("--device", a->device, "cpu | cuda | cuda:N")->capture_default_str();
    command.add_option("--size", a->size, "Synthetic CT size WxHxD")->capture_default_str();
    command.add_option("--json", a->json, "Write the results as JSON here")->required();
    command.add_option("--repeat", a->repeat, "Predictions timed (median reported)")->capture_default_str()
        ->check(CLI::Range(1, 20));
    command.add_option("--threads", a->threads, "Intra-op threads (0: the hardware threads)")->capture_default_str();
    command.add_option("--blas-threads", a->blasThreads, "OpenBLAS threads (0: OpenBLAS's default)")->capture_default_str();
    command.add_option("--upsampling", a->upsampling, "Without --run: transposed | pixel-shuffle | bilinear")
        ->capture_default_str()->check(CLI::IsMember({"transposed", "pixel-shuffle", "bilinear"}));
    command.add_flag("--channels-last", a->channelsLast, "Without --run: channels-last U-Nets");
    command.add_flag("--flush-denormals", a->flushDenormals, "Without --run: flush denormal floats to zero (profile parameter flush_denormals)");
    command.add_option("--fold-normalization", a->foldNormalization,
                       "Without --run: fold batch normalisation into the convolutions, as a run's Predictor does "
                       "(false: separate layers)")->capture_default_str();
    command.callback([a] { runBenchPredict(*a); });
}

const bool registered =
    CommandRegistry::add("bench", "predict", "Time segmenting a synthetic 512x512x200 CT with an ensemble", &setupBenchPredict);

} // namespace
} // namespace crossseg::cli
