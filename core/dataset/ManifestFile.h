#pragma once
#include "core/dataset/Dataset.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace crossseg {

// CrossSeg's own dataset manifest (docs/DATASETS.md): classes, modalities with role, label map and cases, splits.
// Paths inside are relative to the manifest's folder (absolute paths are kept).
class ManifestFile {
public:
    // A manifest is recognised by its "modalities" object.
    static bool isManifest(const nlohmann::json& document);
    static Dataset read(const std::filesystem::path& file);
    static Dataset parse(const nlohmann::json& document, const std::filesystem::path& file);
};

} // namespace crossseg
