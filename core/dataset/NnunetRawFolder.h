#pragma once
#include "core/dataset/Dataset.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace crossseg {

// An nnU-Net v2 raw dataset folder: dataset.json (channel_names, labels, file_ending), imagesTr/<case>_0000<ending>,
// labelsTr/<case><ending>, optionally imagesTs/. One folder is one modality (CrossSeg uses channel 0 only and
// refuses multi-channel datasets). nnU-Net labels are consecutive class indices, so the label map is the identity
// and strict. Splits: <modality>_train (imagesTr) and <modality>_test (imagesTs).
class NnunetRawFolder {
public:
    static bool isNnunetJson(const nlohmann::json& document);
    static Dataset read(const std::filesystem::path& folder, ModalityRole role = ModalityRole::Target);
};

} // namespace crossseg
