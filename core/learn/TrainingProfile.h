#pragma once
#include "core/learn/MethodOptions.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crossseg {

// The resolved hyperparameters of a named profile (smoke, cpu-quick, paper). A profile fixes the slice size it was
// tuned for, so the caller prepares a slice cache of exactly that size (SliceCacheParameters height/width).
// Saved into RUN/config.json ("profile_parameters") so that a run is described without this table. Every
// parameter is one row of one table in TrainingProfile.cpp (JSON name, member, value in each named profile).
struct TrainingProfile {
    std::string name;
    int height = 128, width = 128;        // slice size the networks see

    // Segmentor: a 2D U-Net.
    int unetDepth = 4;                    // down-sampling steps
    int unetBaseChannels = 16;            // channels of the first level, doubled per level
    std::string normalization = "batch";  // "batch" | "instance"
    int normalizationDomains = 1;         // >1: one normalisation per input domain behind shared convolutions
    std::string upsampling = "transposed"; // "transposed" | "pixel-shuffle" | "bilinear"
    bool channelsLast = false;            // channels-last memory format (speed only)

    // Numerics of the whole run (speed only): "fp32" | "bf16" | "fp16" autocast, cuDNN's benchmark mode.
    std::string precision = "fp32";
    bool cudnnBenchmark = false;
    bool flushDenormals = false;          // flush denormal floats to zero on the CPU (ThreadSettings)

    // Segmentation stage.
    int batchSize = 8;                    // labelled slices per stream per iteration
    int unlabeledBatchSize = 4;           // extra unlabelled target slices for the S_real -> S_syn KD term
    int iterations = 1000;
    double learningRate = 1e-3;           // Adam, polynomial decay (power 0.9) to 0
    double weightDecay = 1e-5;
    double foregroundSliceFraction = 0.67; // share of labelled slices drawn among slices that show an organ
    int validationInterval = 100;
    int checkpointInterval = 100;
    int validationCases = 2;              // carved from the target training split, never the test split
    int logInterval = 10;                 // metrics.jsonl train lines average this many iterations
    // Issue 9.7: also keep checkpoints/best-<model>.pt for each model (real, syn, ensemble), chosen by that model's
    // own validation Dice (best.pt stays the selection model's). Off: only best.pt, as before.
    bool keepBestPerModel = false;

    // Image Alignment Module (CycleGAN).
    int iamIterations = 1000;
    int iamBatchSize = 4;
    double iamLearningRate = 2e-4;        // Adam(0.5, 0.999), constant for the first half, then linear to 0
    int generatorChannels = 16;
    int generatorResidualBlocks = 4;
    int discriminatorChannels = 32;
    int discriminatorLayers = 3;

    // Augmentation (anatomy-preserving: no flips).
    double maxRotationDegrees = 10.0;
    double maxScaleChange = 0.1;          // scale in [1 - s, 1 + s]
    double maxTranslation = 0.05;         // fraction of the slice size
    double intensityScaleJitter = 0.1;
    double intensityShiftJitter = 0.1;
    double noiseStd = 0.02;

    // Input pipeline.
    int loaderThreads = 2;
    int prefetchBatches = 6;

    // The method's switches (issues 9 and 10), stored flat among these parameters under their own JSON names.
    MethodOptions methodOptions;

    static TrainingProfile named(const std::string& name); // throws InputError for an unknown name
    // A profile name, or a JSON file of overrides on a named profile: {"base": "cpu-quick", "name": "mine",
    // "unet_base_channels": 8, "iterations": 1200} (any key of toJson; "base" defaults to cpu-quick, "name" to the
    // file's stem). Throws InputError naming the file for an unreadable file, an unknown key or a bad value.
    // `overrides`: a JSON object of parameters set on top of that (TrainingConfig::profileOverrides), refused the
    // same way as a file's keys, the error naming the parameter.
    static TrainingProfile resolve(const std::string& nameOrFile,
                                   const nlohmann::json& overrides = nlohmann::json::object());
    static const std::vector<std::string>& names();
    // names() joined by `separator` ("smoke | demo | ..."), for help texts and messages.
    static std::string nameList(const std::string& separator);

    nlohmann::json toJson() const;
    static TrainingProfile fromJson(const nlohmann::json& json); // throws InputError on missing/invalid fields
};

} // namespace crossseg
