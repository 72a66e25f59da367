// What users rely on when they pass --device cuda: the same networks compute the same function as on the CPU, a
// training step of each kind moves the weights with finite losses (fp32, bf16 autocast, cuDNN's autotuner), a
// checkpoint written from the GPU opens on a CPU-only machine with the very same weights, and prediction labels
// the same pixels.
//
// Tolerances. cuDNN convolutions run in TF32 by default (LibTorch's allow_tf32 for cuDNN is on; 10 mantissa bits,
// about 5e-4 relative per rounded operand), and cuDNN sums in another order than oneDNN: a U-Net forward on CUDA is
// therefore compared with the CPU at 1e-2 of the largest logit (worst pixel) and 2e-3 of the mean logit size
// (mean). Labels (arg-max) must agree on at least 99.9 % of the pixels; the networks compared are trained a few
// dozen steps first, so that their decisions are not coin flips that any rounding turns over.
#include "EngineCudaCheck.h"

#include "core/learn/AutocastScope.h"
#include "core/learn/MutualDistillationTrainer.h"
#include "core/learn/SingleSegmentorTrainer.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/ThreadSettings.h"
#include "core/learn/TrainingCheckpoint.h"
#include "core/learn/TrainingProfile.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace crossseg {
namespace {

// The device under test: CUDA device 0 (the CPU in a rehearsal, see EngineCudaCheck.h).
torch::Device gpu() { return enginecuda::rehearsal() ? torch::Device(torch::kCPU) : torch::Device(torch::kCUDA, 0); }
bool onGpu(const torch::Tensor& t) { return t.device() == gpu(); }
constexpr int kClasses = 5; // background + 4 organs, as the abdomen data

UNetOptions unetOf(const TrainingProfile& profile) { return SegmentationTrainer::unetOptions(profile, kClasses); }

// Smooth random slices in [-1, 1] (bilinear up-sampling of a coarse grid), N x 1 x H x W, on the CPU.
torch::Tensor smoothImages(int n, int height, int width) {
    const torch::Tensor coarse = torch::rand({n, 1, height / 8, width / 8}) * 2.0 - 1.0;
    namespace F = torch::nn::functional;
    return F::interpolate(coarse, F::InterpolateFuncOptions()
                                      .size(std::vector<int64_t>{height, width})
                                      .mode(torch::kBilinear)
                                      .align_corners(false));
}

// A task a U-Net learns in a few dozen steps: the class is the intensity band (4 thresholds, 5 classes).
torch::Tensor bandLabels(const torch::Tensor& images) {
    torch::Tensor labels = torch::zeros_like(images, torch::kLong);
    for (double threshold : {-0.5, -0.15, 0.15, 0.5}) labels += (images > threshold).to(torch::kLong);
    return labels.squeeze(1);
}

// Streams of `counts` slices each; the first two carry labels (labelled target, labelled assistant).
std::vector<StreamBatch> bandBatch(const std::vector<int>& counts, int height, int width) {
    std::vector<StreamBatch> batch;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        StreamBatch stream;
        stream.images = smoothImages(counts[i], height, width);
        if (i < 2) stream.labels = bandLabels(stream.images);
        batch.push_back(stream);
    }
    return batch;
}

std::vector<torch::Tensor> weightsOf(torch::nn::Module& network) {
    std::vector<torch::Tensor> copies;
    for (const auto& p : network.parameters()) copies.push_back(p.detach().to(torch::kCPU).clone());
    return copies;
}

// Share of parameter tensors that differ from `before`.
double changedShare(const std::vector<torch::Tensor>& before, torch::nn::Module& network) {
    const auto after = weightsOf(network);
    int changed = 0;
    for (std::size_t i = 0; i < after.size(); ++i) changed += torch::equal(before.at(i), after[i]) ? 0 : 1;
    return after.empty() ? 0.0 : double(changed) / double(after.size());
}

bool allFinite(const std::map<std::string, double>& terms) {
    for (const auto& [name, value] : terms)
        if (!std::isfinite(value)) return false;
    return !terms.empty();
}

std::string describe(const std::map<std::string, double>& terms) {
    std::string text;
    for (const auto& [name, value] : terms) text += (text.empty() ? "" : ", ") + name + " " + std::to_string(value);
    return text;
}

// A network of the same options holding `source`'s parameters and buffers, on `device`.
UNet copyOf(UNet& source, const UNetOptions& options, torch::Device device) {
    UNet copy(options);
    torch::NoGradGuard noGrad;
    auto parameters = copy->named_parameters();
    for (const auto& p : source->named_parameters()) parameters[p.key()].copy_(p.value());
    auto buffers = copy->named_buffers();
    for (const auto& b : source->named_buffers()) buffers[b.key()].copy_(b.value());
    copy->to(device);
    return copy;
}

ResnetGenerator generatorOf(const TrainingProfile& profile) {
    ResnetGeneratorOptions g;
    g.channels = profile.generatorChannels;
    g.residualBlocks = profile.generatorResidualBlocks;
    g.upsampling = "pixel-shuffle";
    return ResnetGenerator(g);
}

void checkForwardMatches(const std::string& upsampling, bool training) {
    TrainingProfile profile = TrainingProfile::named("cpu-quick"); // 96 x 96, a 4-level U-Net
    UNetOptions options = unetOf(profile);
    options.upsampling = upsampling;
    torch::manual_seed(1);
    UNet onCpu(options);
    UNet onDevice = copyOf(onCpu, options, gpu());
    onCpu->train(training);
    onDevice->train(training);
    const torch::Tensor x = smoothImages(8, profile.height, profile.width);
    torch::NoGradGuard noGrad;
    const torch::Tensor expected = onCpu->forward(x);
    const torch::Tensor got = onDevice->forward(x.to(gpu()));
    ENGINE_CUDA_CHECK(onGpu(got), "the CUDA network answered on " << got.device());
    const torch::Tensor difference = (got.to(torch::kCPU) - expected).abs();
    const double worst = difference.max().item<double>(), mean = difference.mean().item<double>();
    const double largest = expected.abs().max().item<double>(), typical = expected.abs().mean().item<double>();
    std::cout << "  " << upsampling << (training ? ", batch statistics" : ", running statistics")
              << ": max |cuda - cpu| " << worst << " (" << worst / largest << " of the largest logit), mean " << mean
              << " (" << mean / typical << " of the mean logit)" << std::endl;
    ENGINE_CUDA_CHECK(worst <= 1e-2 * largest, worst << " > 1e-2 x " << largest);
    ENGINE_CUDA_CHECK(mean <= 2e-3 * typical, mean << " > 2e-3 x " << typical);
}

} // namespace

ENGINE_CUDA_CASE(unetForwardOnCudaMatchesCpu) {
    for (const char* upsampling : {"pixel-shuffle", "transposed"})
        for (bool training : {true, false}) checkForwardMatches(upsampling, training);
}

ENGINE_CUDA_CASE(targetOnlyStepOnCudaUpdatesWeights) {
    const TrainingProfile profile = TrainingProfile::named("demo");
    torch::manual_seed(2);
    SingleSegmentorTrainer trainer(unetOf(profile), profile, gpu());
    UNet network = trainer.segmentors().at("single");
    ENGINE_CUDA_CHECK(onGpu(network->parameters().front()), "the network is not on the GPU");
    const auto before = weightsOf(*network);
    const auto terms =
        trainer.step(bandBatch({profile.batchSize}, profile.height, profile.width), profile.learningRate, 1);
    std::cout << "  " << describe(terms) << std::endl;
    ENGINE_CUDA_CHECK(allFinite(terms), describe(terms));
    const double share = changedShare(before, *network);
    ENGINE_CUDA_CHECK(share > 0.9, "only " << share * 100 << " % of the parameter tensors changed");
}

ENGINE_CUDA_CASE(mkdIamIterationOnCudaUpdatesBothSegmentors) {
    const TrainingProfile profile = TrainingProfile::named("demo");
    torch::manual_seed(3);
    ResnetGenerator generator = generatorOf(profile);
    MutualDistillationTrainer trainer(unetOf(profile), profile, 2.0, 0.5, gpu(), generator);
    auto segmentors = trainer.segmentors();
    const auto real = weightsOf(*segmentors.at("real")), syn = weightsOf(*segmentors.at("syn"));
    const auto frozen = weightsOf(*generator);
    ENGINE_CUDA_CHECK(onGpu(generator->parameters().front()), "G_a->t was not moved to the GPU");
    const auto batch =
        bandBatch({profile.batchSize, profile.batchSize, profile.unlabeledBatchSize}, profile.height, profile.width);
    const auto terms = trainer.step(batch, profile.learningRate, 1);
    std::cout << "  " << describe(terms) << std::endl;
    ENGINE_CUDA_CHECK(allFinite(terms), describe(terms));
    ENGINE_CUDA_CHECK(terms.count("real_kd") && terms.count("syn_kd"),
                      "distillation terms missing: " << describe(terms));
    for (const auto& [name, before] : {std::pair{"real", real}, std::pair{"syn", syn}}) {
        const double share = changedShare(before, *segmentors.at(name));
        ENGINE_CUDA_CHECK(share > 0.9, "S_" << name << ": only " << share * 100 << " % of the tensors changed");
    }
    ENGINE_CUDA_CHECK(changedShare(frozen, *generator) == 0.0, "the staged (frozen) G_a->t changed");
}

ENGINE_CUDA_CASE(bf16AutocastStepsOnCudaStayFinite) {
    const TrainingProfile profile = TrainingProfile::named("demo");
    torch::manual_seed(4);
    SingleSegmentorTrainer single(unetOf(profile), profile, gpu());
    MutualDistillationTrainer mutual(unetOf(profile), profile, 2.0, 0.5, gpu(), generatorOf(profile));
    UNet network = single.segmentors().at("single");
    const auto before = weightsOf(*network);
    std::map<std::string, double> singleTerms, mutualTerms;
    for (long long i = 1; i <= 3; ++i) {
        AutocastScope bf16(gpu(), "bf16");
        singleTerms =
            single.step(bandBatch({profile.batchSize}, profile.height, profile.width), profile.learningRate, i);
        mutualTerms = mutual.step(bandBatch({profile.batchSize, profile.batchSize, profile.unlabeledBatchSize},
                                            profile.height, profile.width),
                                  profile.learningRate, i);
    }
    std::cout << "  target-only: " << describe(singleTerms) << "; mkd-iam: " << describe(mutualTerms) << std::endl;
    ENGINE_CUDA_CHECK(allFinite(singleTerms), describe(singleTerms));
    ENGINE_CUDA_CHECK(allFinite(mutualTerms), describe(mutualTerms));
    ENGINE_CUDA_CHECK(changedShare(before, *network) > 0.9, "the bf16 steps left the weights as they were");
    // Autocast computes in bf16 but keeps the parameters in fp32.
    for (const auto& p : network->parameters())
        ENGINE_CUDA_CHECK(p.scalar_type() == torch::kFloat, "a parameter became " << p.scalar_type());
}

ENGINE_CUDA_CASE(cudnnBenchmarkStepOnCuda) {
    const TrainingProfile profile = TrainingProfile::named("demo");
    torch::manual_seed(5);
    ThreadSettings::setCudnnBenchmark(true);
    SingleSegmentorTrainer trainer(unetOf(profile), profile, gpu());
    std::map<std::string, double> terms;
    for (long long i = 1; i <= 3; ++i)
        terms = trainer.step(bandBatch({profile.batchSize}, profile.height, profile.width), profile.learningRate, i);
    ThreadSettings::setCudnnBenchmark(false);
    ENGINE_CUDA_CHECK(allFinite(terms), describe(terms));
}

ENGINE_CUDA_CASE(checkpointFromCudaLoadsOnCpu) {
    const TrainingProfile profile = TrainingProfile::named("demo");
    const UNetOptions options = unetOf(profile);
    torch::manual_seed(6);
    MutualDistillationTrainer onDevice(options, profile, 2.0, 0.5, gpu(), generatorOf(profile));
    for (long long i = 1; i <= 2; ++i)
        onDevice.step(bandBatch({profile.batchSize, profile.batchSize, profile.unlabeledBatchSize}, profile.height,
                                profile.width),
                      profile.learningRate, i);
    const auto folder = std::filesystem::temp_directory_path() / ("crossseg-engine-cuda-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    const auto file = folder / "latest.pt";
    TrainingCheckpointState state;
    state.iteration = 2;
    state.config = {{"method", "mkd-iam"}, {"device", "cuda"}};
    TrainingCheckpoint::save(file, onDevice, state);

    torch::manual_seed(60); // another initialisation: only the checkpoint can make the weights equal
    MutualDistillationTrainer cpu(options, profile, 2.0, 0.5, torch::kCPU, generatorOf(profile));
    const TrainingCheckpointState loaded = TrainingCheckpoint::load(file, cpu, torch::kCPU);
    ENGINE_CUDA_CHECK(loaded.iteration == 2, "iteration " << loaded.iteration);
    std::map<std::string, UNet> forPrediction{{"real", UNet(options)}, {"syn", UNet(options)}};
    TrainingCheckpoint::loadSegmentors(file, forPrediction, torch::kCPU);
    auto fromGpu = onDevice.segmentors(), resumed = cpu.segmentors();
    for (const char* name : {"real", "syn"}) {
        auto expected = fromGpu.at(name)->named_parameters();
        for (const auto& [what, network] :
             {std::pair{"resumed", resumed.at(name)}, std::pair{"prediction", forPrediction.at(name)}}) {
            for (const auto& p : network->named_parameters()) {
                ENGINE_CUDA_CHECK(p.value().device().is_cpu(),
                                  what << " " << name << "." << p.key() << " is not on the CPU");
                ENGINE_CUDA_CHECK(torch::equal(p.value(), expected[p.key()].to(torch::kCPU)),
                                  what << " " << name << "." << p.key() << " differs from the GPU's");
            }
            auto buffers = fromGpu.at(name)->named_buffers();
            for (const auto& b : network->named_buffers())
                ENGINE_CUDA_CHECK(torch::equal(b.value(), buffers[b.key()].to(torch::kCPU)),
                                  what << " " << name << " buffer " << b.key() << " differs from the GPU's");
        }
    }
    // Not std::filesystem::remove_all: PyTorch's wheel (2.11) exports its own static copy of it from libtorch.so,
    // the executable binds to that copy, and it jumps to a null pointer (seen on the H200 machine, 2026-11-30).
    std::remove(file.c_str());
    ::rmdir(folder.c_str());
}

ENGINE_CUDA_CASE(sliceSegmenterOnCudaAgreesWithCpu) {
    const TrainingProfile profile = TrainingProfile::named("demo");
    const UNetOptions options = unetOf(profile);
    std::map<std::string, UNet> gpuNetworks, cpuNetworks;
    for (const auto& [name, seed] : {std::pair{"real", 7}, std::pair{"syn", 8}}) {
        torch::manual_seed(seed);
        SingleSegmentorTrainer trainer(options, profile, gpu());
        for (long long i = 1; i <= 40; ++i)
            trainer.step(bandBatch({profile.batchSize}, profile.height, profile.width), profile.learningRate, i);
        UNet trained = trainer.segmentors().at("single");
        gpuNetworks.emplace(name, trained);
        cpuNetworks.emplace(name, copyOf(trained, options, torch::kCPU));
    }
    torch::manual_seed(9);
    const torch::Tensor images = smoothImages(32, profile.height, profile.width);
    SliceSegmenter onDevice(gpuNetworks, gpu()), onCpu(cpuNetworks, torch::kCPU);
    const auto fromGpu = onDevice.probabilitiesOfAllModels(images), fromCpu = onCpu.probabilitiesOfAllModels(images);
    const torch::Tensor truth = bandLabels(images);
    for (const auto& model : onDevice.models()) {
        const torch::Tensor g = fromGpu.at(model), c = fromCpu.at(model);
        ENGINE_CUDA_CHECK(g.device().is_cpu(), model << ": probabilities not handed back on the CPU");
        const double agree = (g.argmax(1) == c.argmax(1)).to(torch::kDouble).mean().item<double>();
        const double learned = (c.argmax(1) == truth).to(torch::kDouble).mean().item<double>();
        const double worst = (g - c).abs().max().item<double>();
        std::cout << "  " << model << ": labels agree on " << agree * 100 << " % of " << truth.numel()
                  << " pixels, max |p_cuda - p_cpu| " << worst << " (network right on " << learned * 100 << " %)"
                  << std::endl;
        ENGINE_CUDA_CHECK(agree >= 0.999, model << ": labels agree on " << agree * 100 << " % only");
    }
}

} // namespace crossseg
