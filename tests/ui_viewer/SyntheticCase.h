#pragma once
// Small volumes written by the tests themselves: a case in a non-canonical orientation (LAS, like the MR of the
// shared data) and an MM-WHS folder, so that the viewer suite needs no external data.
#include "ui/model/CaseData.h"
#include "core/image/Reorienter.h"
#include "core/io/VolumeWriter.h"

#include <QTemporaryDir>

#include <filesystem>
#include <memory>
#include <string>

namespace crossseg::test {

inline std::filesystem::path scratch(const QTemporaryDir& dir) { return dir.path().toStdString(); }

// An image whose voxel value encodes its canonical position (value = 1000*k + 10*j + i for small grids) is the
// easiest way to check that the right voxels reach the screen.
inline VolumeGeometry lasGeometry(std::size_t nx, std::size_t ny, std::size_t nz) {
    VolumeGeometry g;
    g.size = {nx, ny, nz};
    g.spacing = {1.0, 1.5, 3.0};
    g.origin = {10.0, -20.0, 5.0};
    g.direction = {1, 0, 0, 0, -1, 0, 0, 0, 1}; // voxel j points anterior: "LAS"
    return g;
}

inline ImageVolume positionCodedImage(const VolumeGeometry& geometry) {
    ImageVolume image(geometry);
    for (std::size_t k = 0; k < geometry.size[2]; ++k)
        for (std::size_t j = 0; j < geometry.size[1]; ++j)
            for (std::size_t i = 0; i < geometry.size[0]; ++i)
                image.at(i, j, k) = static_cast<float>(1000 * k + 10 * j + i);
    return image;
}

// A sphere of label `value` around the centre.
inline LabelVolume sphereLabels(const VolumeGeometry& geometry, std::uint16_t value, double radiusVoxels) {
    LabelVolume labels(geometry, 0);
    const double cx = (geometry.size[0] - 1) / 2.0, cy = (geometry.size[1] - 1) / 2.0, cz = (geometry.size[2] - 1) / 2.0;
    for (std::size_t k = 0; k < geometry.size[2]; ++k)
        for (std::size_t j = 0; j < geometry.size[1]; ++j)
            for (std::size_t i = 0; i < geometry.size[0]; ++i) {
                const double d2 = (i - cx) * (i - cx) + (j - cy) * (j - cy) + (k - cz) * (k - cz);
                if (d2 <= radiusVoxels * radiusVoxels) labels.at(i, j, k) = value;
            }
    return labels;
}

// Writes an LAS image + label pair and returns the case as the Studio holds it (canonical).
inline std::shared_ptr<ui::CaseData> writeCase(const std::filesystem::path& folder, const std::string& caseId) {
    std::filesystem::create_directories(folder);
    const VolumeGeometry geometry = lasGeometry(24, 20, 12);
    const ImageVolume image = positionCodedImage(geometry);
    const LabelVolume labels = sphereLabels(geometry, 1, 5.0);
    auto data = std::make_shared<ui::CaseData>();
    data->caseId = caseId;
    data->modality = "mr";
    data->imageFile = folder / (caseId + "_image.nii.gz");
    data->referenceFile = folder / (caseId + "_label.nii.gz");
    VolumeWriter::writeImage(image, data->imageFile);
    VolumeWriter::writeLabels(labels, data->referenceFile);
    data->image = Reorienter::toCanonical(image);
    data->reference = Reorienter::toCanonical(labels);
    data->originalGeometry = geometry;
    data->originalOrientation = "LAS";
    return data;
}

} // namespace crossseg::test
