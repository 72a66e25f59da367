#pragma once
// Helpers shared by the core_dataset test classes: small grids and volumes, hand-written MetaImages, a manifest
// dataset with CT (LPS) and MR (LAS) cases, and the stored-intensity pair of issue 13.
#include "core/image/Volume.h"
#include "core/io/VolumeWriter.h"
#include "core/util/InputError.h"
#include "InputErrorText.h"

#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace crossseg::test {

namespace fs = std::filesystem;


inline VolumeGeometry lpsGrid() {
    VolumeGeometry g;
    g.size = {6, 5, 4};
    g.spacing = {1.0, 1.0, 2.0};
    g.origin = {-3.0, -2.5, 10.0};
    return g;
}

inline VolumeGeometry lasGrid() {
    VolumeGeometry g = lpsGrid();
    g.direction = {1, 0, 0, 0, -1, 0, 0, 0, 1};
    g.spacing = {1.25, 1.25, 3.0};
    return g;
}

inline ImageVolume rampImage(const VolumeGeometry& g) {
    ImageVolume v(g);
    for (std::size_t n = 0; n < v.voxels().size(); ++n) v.voxels()[n] = static_cast<float>(n % 97);
    return v;
}

// Labels that cycle through the given stored values, so every value occurs.
inline LabelVolume cyclingLabels(const VolumeGeometry& g, const std::vector<std::uint16_t>& values) {
    LabelVolume v(g);
    for (std::size_t n = 0; n < v.voxels().size(); ++n) v.voxels()[n] = values[n % values.size()];
    return v;
}

inline void writeText(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << text;
}

inline std::string readBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

// Physical centroids (mm, LPS) of classes 0..classCount-1, in one pass; count[c] == 0 marks an absent class.
struct ClassCentroids {
    std::vector<std::array<double, 3>> centre;
    std::vector<double> count;
};

inline ClassCentroids centroidsOf(const LabelVolume& labels, std::size_t classCount) {
    const auto& g = labels.geometry();
    std::vector<std::array<double, 3>> sum(classCount, {0.0, 0.0, 0.0});
    ClassCentroids result;
    result.count.assign(classCount, 0.0);
    const std::uint16_t* v = labels.data();
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i, ++v) {
                if (*v >= classCount) continue;
                sum[*v][0] += double(i);
                sum[*v][1] += double(j);
                sum[*v][2] += double(k);
                result.count[*v] += 1.0;
            }
    for (std::size_t c = 0; c < classCount; ++c) {
        const double n = std::max(1.0, result.count[c]);
        result.centre.push_back(g.indexToPhysical({sum[c][0] / n, sum[c][1] / n, sum[c][2] / n}));
    }
    return result;
}


inline const char* const kManifest = R"({
  "name": "tiny",
  "classes": ["background", "liver", "spleen"],
  "modalities": {
    "ct": {"role": "target", "label_map": {"6": 1, "1": 2},
           "cases": [{"id": "ct_a", "image": "ct/a_image.nii.gz", "label": "ct/a_label.nii.gz"},
                     {"id": "ct_b", "image": "ct/b_image.nii.gz"}]},
    "mr": {"role": "assistant", "label_map": {"1": 1, "4": 2}, "unmapped_labels": "error",
           "cases": [{"id": "mr_a", "image": "mr/a_image.mha", "label": "mr/a_label.mha"}]}
  },
  "splits": {"ct_train": ["ct_a"], "ct_test": ["ct_b"], "mr_train": ["mr_a"]}
})";


// A manifest dataset in `root`: CT (LPS) with file values 6 liver, 1 spleen and a stray 7; MR (LAS) with 1 and 4.
inline fs::path writeManifestDataset(const fs::path& root) {
    fs::create_directories(root / "ct");
    fs::create_directories(root / "mr");
    VolumeWriter::writeImage(rampImage(lpsGrid()), root / "ct/a_image.nii.gz");
    VolumeWriter::writeLabels(cyclingLabels(lpsGrid(), {0, 6, 1, 7}), root / "ct/a_label.nii.gz");
    VolumeWriter::writeImage(rampImage(lpsGrid()), root / "ct/b_image.nii.gz");
    VolumeWriter::writeImage(rampImage(lasGrid()), root / "mr/a_image.mha");
    VolumeWriter::writeLabels(cyclingLabels(lasGrid(), {0, 1, 4}), root / "mr/a_label.mha");
    writeText(root / "dataset.json", kManifest);
    return root;
}

// A MetaImage written by hand, so the stored element type (int16 HU, 8-bit) is exactly what the test needs.
template <typename T>
inline void writeMetaImage(const fs::path& file, const VolumeGeometry& g, const char* elementType, const std::vector<T>& values) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    const auto& d = g.direction; // MetaImage lists the direction column by column
    out << "ObjectType = Image\nNDims = 3\nBinaryData = True\nBinaryDataByteOrderMSB = False\n"
        << "CompressedData = False\nTransformMatrix = " << d[0] << " " << d[3] << " " << d[6] << " " << d[1] << " "
        << d[4] << " " << d[7] << " " << d[2] << " " << d[5] << " " << d[8] << "\nOffset = " << g.origin[0] << " "
        << g.origin[1] << " " << g.origin[2] << "\nElementSpacing = " << g.spacing[0] << " " << g.spacing[1] << " "
        << g.spacing[2] << "\nDimSize = " << g.size[0] << " " << g.size[1] << " " << g.size[2]
        << "\nElementType = " << elementType << "\nElementDataFile = LOCAL\n";
    out.write(reinterpret_cast<const char*>(values.data()), std::streamsize(values.size() * sizeof(T)));
}

// A CT in HU whose soft-tissue levels (-125, -45, 35, 115, 195, 275 HU) are exactly representable in the shared
// data's 8-bit encoding (stored = (HU + 125) x 255 / 400, multiples of 51), plus air and bone outside the window.
inline const std::vector<std::int16_t> kHuLevels{-1000, -125, -45, 35, 115, 195, 275, 1200};

inline VolumeGeometry pairGrid() {
    VolumeGeometry g;
    g.size = {16, 12, 3};
    g.spacing = {0.8, 0.8, 2.0};
    return g;
}

inline std::vector<std::int16_t> huVoxels() {
    const VolumeGeometry g = pairGrid();
    std::vector<std::int16_t> v(g.voxelCount());
    for (std::size_t n = 0; n < v.size(); ++n) v[n] = kHuLevels[(n / 5 + n / 37) % kHuLevels.size()];
    return v;
}

// The same volume as the shared CT stores it: HU clipped to [-125, 275], scaled to 0..255, 8-bit.
inline std::vector<std::uint8_t> eightBitVoxels() {
    std::vector<std::uint8_t> v;
    for (const std::int16_t hu : huVoxels()) {
        const double clipped = std::clamp(double(hu), -125.0, 275.0);
        v.push_back(static_cast<std::uint8_t>(std::lround((clipped + 125.0) * 255.0 / 400.0)));
    }
    return v;
}

// A one-modality manifest dataset (abdominal classes) whose CT is `image`, with `storedIntensity` (JSON) declared
// on the modality unless it is empty.
inline fs::path writeCtDataset(const fs::path& root, const std::string& image, const std::string& storedIntensity) {
    std::vector<std::uint8_t> labels(pairGrid().voxelCount());
    for (std::size_t n = 0; n < labels.size(); ++n) labels[n] = n % 16 > 8 ? 6 : 0;
    writeMetaImage(root / "label.mha", pairGrid(), "MET_UCHAR", labels);
    nlohmann::json ct = {{"role", "target"},
                         {"label_map", {{"6", 1}}},
                         {"cases", {{{"id", "ct_a"}, {"image", image}, {"label", "label.mha"}}}}};
    if (!storedIntensity.empty()) ct["stored_intensity"] = nlohmann::json::parse(storedIntensity);
    const nlohmann::json manifest = {{"name", "pair"},
                                     {"classes", {"background", "liver", "spleen"}},
                                     {"modalities", {{"ct", ct}}},
                                     {"splits", {{"ct_train", {"ct_a"}}}}};
    writeText(root / "dataset.json", manifest.dump(1));
    return root / "dataset.json";
}

inline const char* const kSharedDeclaration = R"({"unit": "HU", "slope": 1.5686274509803921, "intercept": -125.0, "note": "x"})";


} // namespace crossseg::test
