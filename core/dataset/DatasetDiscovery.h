#pragma once
#include "core/dataset/Dataset.h"

#include <filesystem>

namespace crossseg {

// Finds out what kind of dataset a path holds and reads its description (not the volumes):
//   a .json file, or a folder holding dataset.json   -> CrossSeg manifest ("modalities") or nnU-Net v2
//                                                       ("channel_names", "labels", "file_ending")
//   a folder with files in MM-WHS naming             -> MM-WHS
// A missing path, an empty folder or a folder with none of these is an InputError naming the path.
class DatasetDiscovery {
public:
    struct Options {
        ModalityRole nnunetRole = ModalityRole::Target; // nnU-Net folders hold one modality: which role it plays
    };

    static Dataset open(const std::filesystem::path& path);
    static Dataset open(const std::filesystem::path& path, const Options& options);
};

} // namespace crossseg
