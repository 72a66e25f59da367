#pragma once
#include "core/learn/SegmentationTrainer.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>

namespace crossseg {

// What a checkpoint records besides the networks and optimisers.
struct TrainingCheckpointState {
    long long iteration = 0;          // completed segmentation iterations
    double bestDice = -1.0;           // best validation selection Dice so far (-1: none yet)
    long long bestIteration = 0;
    nlohmann::json config;            // the run's full config.json
};

// Checkpoint files (checkpoints/latest.pt, best.pt): the segmentors, their Adam states, the iteration (which
// also fixes the learning-rate schedule and the data order), LibTorch's CPU generator state and the full
// configuration, written atomically. Everything that can go wrong on reading is an InputError naming the file.
class TrainingCheckpoint {
public:
    static void save(const std::filesystem::path& file, SegmentationTrainer& trainer,
                     const TrainingCheckpointState& state);
    static TrainingCheckpointState readState(const std::filesystem::path& file);
    // Loads networks and optimisers into `trainer` (and the generator state); returns the recorded state.
    static TrainingCheckpointState load(const std::filesystem::path& file, SegmentationTrainer& trainer,
                                        torch::Device device);
    // Loads only the networks named in `segmentors` (for prediction).
    static TrainingCheckpointState loadSegmentors(const std::filesystem::path& file,
                                                  std::map<std::string, UNet>& segmentors, torch::Device device);
};

} // namespace crossseg
