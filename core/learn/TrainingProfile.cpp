#include "core/learn/TrainingProfile.h"

#include "core/util/InputError.h"

#include <filesystem>
#include <fstream>

namespace crossseg {

const std::vector<std::string>& TrainingProfile::names() {
    static const std::vector<std::string> all{"smoke", "demo", "cpu-quick", "paper"};
    return all;
}

TrainingProfile TrainingProfile::named(const std::string& name) {
    TrainingProfile p;
    p.name = name;
    if (name == "smoke") {
        // Seconds on a laptop core: tiny slices and networks, enough iterations for a loss to fall visibly.
        p.height = p.width = 32;
        p.unetDepth = 2;
        p.unetBaseChannels = 8;
        p.batchSize = 4;
        p.unlabeledBatchSize = 2;
        p.iterations = 40;
        p.learningRate = 3e-3;
        p.validationInterval = 20;
        p.checkpointInterval = 20;
        p.validationCases = 1;
        p.logInterval = 5;
        p.iamIterations = 12;
        p.iamBatchSize = 2;
        p.iamLearningRate = 1e-3;
        p.generatorChannels = 4;
        p.generatorResidualBlocks = 1;
        p.discriminatorChannels = 4;
        p.discriminatorLayers = 2;
        p.loaderThreads = 2;
        p.prefetchBatches = 4;
    } else if (name == "demo") {
        // For the demo phantom (crossseg demo, the teaching mode): a few minutes on a laptop CPU and good enough
        // that the pictures mean something. 64x64 slices, a 3-level U-Net, a small CycleGAN.
        p.height = p.width = 64;
        p.unetDepth = 3;
        p.unetBaseChannels = 16;
        p.batchSize = 8;
        p.unlabeledBatchSize = 4;
        p.iterations = 250;
        p.learningRate = 3e-3;
        p.validationInterval = 50;
        p.checkpointInterval = 50;
        p.validationCases = 1;
        p.logInterval = 10;
        p.iamIterations = 200;
        p.iamBatchSize = 4;
        p.iamLearningRate = 5e-4;
        p.generatorChannels = 16;
        p.generatorResidualBlocks = 2;
        p.discriminatorChannels = 16;
        p.discriminatorLayers = 2;
    } else if (name == "cpu-quick") {
        // Sized so that a whole mkd-iam run on the shared abdomen data takes about 15 minutes on 2 cores
        // (target-only a few): 96x96 slices, a 4-level U-Net, a light CycleGAN. Measured on an idle 2-core EPYC
        // (docs/BENCHMARKS.md): U-Net step 305 ms, mkd-iam iteration 1.6 s, IAM step 0.78 s, so 400 + 400
        // iterations give about 5 min of IAM (trained once, reused across K and methods) + 11 min of segmentation.
        p.height = p.width = 96;
        p.unetDepth = 4;
        p.unetBaseChannels = 16;
        p.batchSize = 8;
        p.unlabeledBatchSize = 4;
        p.iterations = 400;
        p.learningRate = 2e-3;
        p.validationInterval = 100;
        p.checkpointInterval = 100;
        p.validationCases = 2;
        p.iamIterations = 400;
        p.iamBatchSize = 4;
        p.iamLearningRate = 2e-4;
        p.generatorChannels = 16;
        p.generatorResidualBlocks = 3;
        p.discriminatorChannels = 16;
        p.discriminatorLayers = 3;
    } else if (name == "paper") {
        // The paper's setting on a GPU: 256x256 slices, a deeper and wider U-Net, a full ResNet-9 CycleGAN.
        p.height = p.width = 256;
        p.unetDepth = 5;
        p.unetBaseChannels = 32;
        p.batchSize = 16;
        p.unlabeledBatchSize = 8;
        p.iterations = 20000;
        p.learningRate = 1e-3;
        p.validationInterval = 500;
        p.checkpointInterval = 500;
        p.validationCases = 3;
        p.logInterval = 50;
        p.iamIterations = 20000;
        p.iamBatchSize = 4;
        p.iamLearningRate = 2e-4;
        p.generatorChannels = 64;
        p.generatorResidualBlocks = 9;
        p.discriminatorChannels = 64;
        p.discriminatorLayers = 3;
        p.loaderThreads = 4;
        p.prefetchBatches = 8;
    } else {
        throw InputError("unknown profile '" + name + "' (expected smoke, demo, cpu-quick, paper or a .json profile file)");
    }
    return p;
}

TrainingProfile TrainingProfile::resolve(const std::string& nameOrFile) {
    const std::filesystem::path file(nameOrFile);
    if (file.extension() != ".json") return named(nameOrFile);
    std::ifstream in(file);
    if (!in) throw InputError(file, "cannot read the profile file");
    nlohmann::json overrides;
    try {
        overrides = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
    if (!overrides.is_object()) throw InputError(file, "a profile file must be a JSON object");
    nlohmann::json merged = named(overrides.value("base", std::string("cpu-quick"))).toJson();
    merged["name"] = file.stem().string();
    for (const auto& [key, value] : overrides.items()) {
        if (key == "base") continue;
        // A misspelt key would silently train with the base's value: refuse it instead.
        if (!merged.contains(key)) throw InputError(file, "unknown profile parameter '" + key + "'");
        if (value.type() != merged[key].type() && !(value.is_number() && merged[key].is_number()))
            throw InputError(file, "'" + key + "' must be a " + std::string(merged[key].type_name()));
        merged[key] = value;
    }
    try {
        return fromJson(merged);
    } catch (const InputError& e) {
        throw InputError(file, e.what());
    }
}

nlohmann::json TrainingProfile::toJson() const {
    return nlohmann::json{
        {"name", name},
        {"height", height},
        {"width", width},
        {"unet_depth", unetDepth},
        {"unet_base_channels", unetBaseChannels},
        {"normalization", normalization},
        {"batch_size", batchSize},
        {"unlabeled_batch_size", unlabeledBatchSize},
        {"iterations", iterations},
        {"learning_rate", learningRate},
        {"weight_decay", weightDecay},
        {"foreground_slice_fraction", foregroundSliceFraction},
        {"validation_interval", validationInterval},
        {"checkpoint_interval", checkpointInterval},
        {"validation_cases", validationCases},
        {"log_interval", logInterval},
        {"iam_iterations", iamIterations},
        {"iam_batch_size", iamBatchSize},
        {"iam_learning_rate", iamLearningRate},
        {"generator_channels", generatorChannels},
        {"generator_residual_blocks", generatorResidualBlocks},
        {"discriminator_channels", discriminatorChannels},
        {"discriminator_layers", discriminatorLayers},
        {"max_rotation_degrees", maxRotationDegrees},
        {"max_scale_change", maxScaleChange},
        {"max_translation", maxTranslation},
        {"intensity_scale_jitter", intensityScaleJitter},
        {"intensity_shift_jitter", intensityShiftJitter},
        {"noise_std", noiseStd},
        {"loader_threads", loaderThreads},
        {"prefetch_batches", prefetchBatches},
    };
}

TrainingProfile TrainingProfile::fromJson(const nlohmann::json& json) {
    try {
        TrainingProfile p;
        p.name = json.at("name").get<std::string>();
        p.height = json.at("height").get<int>();
        p.width = json.at("width").get<int>();
        p.unetDepth = json.at("unet_depth").get<int>();
        p.unetBaseChannels = json.at("unet_base_channels").get<int>();
        p.normalization = json.at("normalization").get<std::string>();
        p.batchSize = json.at("batch_size").get<int>();
        p.unlabeledBatchSize = json.at("unlabeled_batch_size").get<int>();
        p.iterations = json.at("iterations").get<int>();
        p.learningRate = json.at("learning_rate").get<double>();
        p.weightDecay = json.at("weight_decay").get<double>();
        p.foregroundSliceFraction = json.at("foreground_slice_fraction").get<double>();
        p.validationInterval = json.at("validation_interval").get<int>();
        p.checkpointInterval = json.at("checkpoint_interval").get<int>();
        p.validationCases = json.at("validation_cases").get<int>();
        p.logInterval = json.at("log_interval").get<int>();
        p.iamIterations = json.at("iam_iterations").get<int>();
        p.iamBatchSize = json.at("iam_batch_size").get<int>();
        p.iamLearningRate = json.at("iam_learning_rate").get<double>();
        p.generatorChannels = json.at("generator_channels").get<int>();
        p.generatorResidualBlocks = json.at("generator_residual_blocks").get<int>();
        p.discriminatorChannels = json.at("discriminator_channels").get<int>();
        p.discriminatorLayers = json.at("discriminator_layers").get<int>();
        p.maxRotationDegrees = json.at("max_rotation_degrees").get<double>();
        p.maxScaleChange = json.at("max_scale_change").get<double>();
        p.maxTranslation = json.at("max_translation").get<double>();
        p.intensityScaleJitter = json.at("intensity_scale_jitter").get<double>();
        p.intensityShiftJitter = json.at("intensity_shift_jitter").get<double>();
        p.noiseStd = json.at("noise_std").get<double>();
        p.loaderThreads = json.at("loader_threads").get<int>();
        p.prefetchBatches = json.at("prefetch_batches").get<int>();
        if (p.height < 8 || p.width < 8 || p.unetDepth < 1 || p.batchSize < 1 || p.iterations < 1)
            throw InputError("profile parameters out of range");
        if (p.normalization != "batch" && p.normalization != "instance")
            throw InputError("normalization must be 'batch' or 'instance', not '" + p.normalization + "'");
        return p;
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("invalid profile parameters: ") + e.what());
    }
}

} // namespace crossseg
