#include "core/learn/TrainingCheckpoint.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"

#include <ATen/CPUGeneratorImpl.h>

namespace crossseg {
namespace {
constexpr std::int64_t kFormatVersion = 1;

torch::serialize::InputArchive openArchive(const std::filesystem::path& file, torch::Device device) {
    if (!std::filesystem::exists(file)) throw InputError(file, "checkpoint missing");
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(file.string(), device);
    } catch (const c10::Error& e) {
        throw InputError(file, "not a readable checkpoint (truncated or not written by CrossSeg)");
    }
    return archive;
}

TrainingCheckpointState readMeta(torch::serialize::InputArchive& archive, const std::filesystem::path& file) {
    TrainingCheckpointState state;
    try {
        c10::IValue value;
        archive.read("format_version", value);
        if (value.toInt() != kFormatVersion)
            throw InputError(file, "checkpoint format " + std::to_string(value.toInt()) + ", this build reads " +
                                       std::to_string(kFormatVersion));
        archive.read("iteration", value);
        state.iteration = value.toInt();
        archive.read("best_dice", value);
        state.bestDice = value.toDouble();
        archive.read("best_iteration", value);
        state.bestIteration = value.toInt();
        archive.read("config", value);
        state.config = nlohmann::json::parse(value.toStringRef());
    } catch (const c10::Error&) {
        throw InputError(file, "incompatible checkpoint: its header is incomplete");
    } catch (const nlohmann::json::exception&) {
        throw InputError(file, "incompatible checkpoint: its configuration is not valid JSON");
    }
    return state;
}
} // namespace

void TrainingCheckpoint::save(const std::filesystem::path& file, SegmentationTrainer& trainer,
                              const TrainingCheckpointState& state) {
    torch::serialize::OutputArchive archive;
    archive.write("format_version", c10::IValue(kFormatVersion));
    archive.write("iteration", c10::IValue(static_cast<std::int64_t>(state.iteration)));
    archive.write("best_dice", c10::IValue(state.bestDice));
    archive.write("best_iteration", c10::IValue(static_cast<std::int64_t>(state.bestIteration)));
    archive.write("config", c10::IValue(state.config.dump()));
    archive.write("torch_cpu_rng", at::detail::getDefaultCPUGenerator().get_state());
    trainer.save(archive);
    AtomicFile::write(file, [&](const std::filesystem::path& temporary) { archive.save_to(temporary.string()); });
}

TrainingCheckpointState TrainingCheckpoint::readState(const std::filesystem::path& file) {
    auto archive = openArchive(file, torch::kCPU);
    return readMeta(archive, file);
}

TrainingCheckpointState TrainingCheckpoint::load(const std::filesystem::path& file, SegmentationTrainer& trainer,
                                                 torch::Device device) {
    auto archive = openArchive(file, device);
    TrainingCheckpointState state = readMeta(archive, file);
    try {
        trainer.load(archive);
        torch::Tensor rng;
        archive.read("torch_cpu_rng", rng);
        at::Generator generator = at::detail::getDefaultCPUGenerator(); // a handle sharing the default state
        std::lock_guard<std::mutex> lock(generator.mutex());
        generator.set_state(rng.to(torch::kCPU));
    } catch (const c10::Error& e) {
        throw InputError(file, std::string("incompatible checkpoint: networks or optimisers do not match this "
                                           "configuration (") + e.what_without_backtrace() + ")");
    }
    return state;
}

TrainingCheckpointState TrainingCheckpoint::loadSegmentors(const std::filesystem::path& file,
                                                           std::map<std::string, UNet>& segmentors,
                                                           torch::Device device) {
    auto archive = openArchive(file, device);
    TrainingCheckpointState state = readMeta(archive, file);
    try {
        for (auto& [name, network] : segmentors) {
            torch::serialize::InputArchive part;
            archive.read("model." + name, part);
            SegmentationTrainer::loadNetwork(*network, part);
        }
    } catch (const c10::Error& e) {
        throw InputError(file, std::string("incompatible checkpoint: networks do not match the run's "
                                           "configuration (") + e.what_without_backtrace() + ")");
    }
    return state;
}

} // namespace crossseg
