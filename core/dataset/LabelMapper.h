#pragma once
#include "core/dataset/Dataset.h"
#include "core/image/Volume.h"

#include <filesystem>
#include <vector>

namespace crossseg {

// Turns the values stored in a modality's label files into class indices, through its label map. Values the map
// does not list become background, unless the map is strict (MM-WHS, nnU-Net, manifests with
// "unmapped_labels": "error"), where they are an error naming the file and the values.
class LabelMapper {
public:
    explicit LabelMapper(const DatasetModality& modality);

    // Throws InputError(file, ...) listing the unknown values when the map is strict.
    LabelVolume toClasses(const LabelVolume& stored, const std::filesystem::path& file) const;

    // Class indices back to the values the modality's label files use. Where `stored` (the file the classes came
    // from, on the same grid; may be null) holds a value of the same class, that value is kept, so structures the
    // map drops (BTCV's gallbladder, read as background) survive a correction of the liver. Elsewhere a class
    // becomes the smallest file value the map gives it; a class the map never produces is written as its index.
    LabelVolume toStored(const LabelVolume& classes, const LabelVolume* stored) const;

    // The distinct values in a label volume, ascending.
    static std::vector<int> valuesIn(const LabelVolume& stored);
    // Of those, the ones the map does not know (0, background, is always known).
    std::vector<int> unknownValues(const std::vector<int>& values) const;
    bool isStrict() const { return strict_; }

private:
    std::vector<int> classOf_; // indexed by stored value; -1 = not in the map
    std::vector<int> valueOf_; // indexed by class: the smallest stored value of that class; -1 = none
    bool strict_ = false;
};

} // namespace crossseg
