#include "core/dataset/DatasetLoader.h"

#include "core/dataset/LabelMapper.h"
#include "core/image/GridDifference.h"
#include "core/image/Reorienter.h"
#include "core/io/VolumeReader.h"
#include "core/preprocess/PhysicalIntensity.h"
#include "core/util/InputError.h"

namespace crossseg {

LoadedCase DatasetLoader::load(const Dataset& dataset, const DatasetCase& datasetCase) {
    const DatasetModality* modality = dataset.modality(datasetCase.modality);
    if (!modality)
        throw InputError(dataset.root, "case '" + datasetCase.id + "' names modality '" + datasetCase.modality +
                                           "', which the dataset does not have");
    LoadedCase loaded;
    ImageVolume image = VolumeReader::readImage(datasetCase.image);
    loaded.originalGeometry = image.geometry();
    loaded.originalOrientation = Reorienter::orientationCode(image.geometry());
    if (datasetCase.hasLabel()) {
        const LabelVolume stored = VolumeReader::readLabels(datasetCase.label);
        if (!stored.geometry().sameGrid(image.geometry()))
            throw InputError(datasetCase.label, "label grid (" + stored.geometry().describe() +
                                                    ") differs from its image's grid (" + image.geometry().describe() +
                                                    ", " + datasetCase.image.filename().string() + "): " +
                                                    GridDifference::describe(stored.geometry(), image.geometry()));
        const LabelMapper mapper(*modality);
        loaded.storedLabelValues = LabelMapper::valuesIn(stored);
        loaded.labels = Reorienter::toCanonical(mapper.toClasses(stored, datasetCase.label));
    }
    loaded.storedIntensity = modality->storedIntensity;
    PhysicalIntensity::toPhysicalInPlace(image, modality->storedIntensity);
    loaded.image = Reorienter::toCanonical(image);
    return loaded;
}

} // namespace crossseg
