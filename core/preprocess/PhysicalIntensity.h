#pragma once
#include "core/image/StoredIntensity.h"
#include "core/image/Volume.h"

namespace crossseg {

// The one door into physical intensity units (HU for CT), which is what training normalises and what a model
// expects at prediction time. Whatever the input is, it arrives here as it was read:
//   - a NIfTI (or MetaImage, NRRD) in HU: already physical, nothing to declare (ITK applies a NIfTI's own
//     scl_slope/scl_inter while reading);
//   - a DICOM series: ITK's GDCMImageIO applies the file's RescaleSlope/RescaleIntercept while reading (tested in
//     core_io), so it is already physical too;
//   - a file whose numbers are an encoding of physical units (the shared abdomen CT: HU windowed to 8-bit) comes
//     with its declaration (manifest "stored_intensity", or `crossseg predict --stored-slope/--stored-intercept`),
//     and goes through it: physical = stored x slope + intercept.
// DatasetLoader::load calls it for every dataset case; the Predictor for a single declared file.
class PhysicalIntensity {
public:
    // A copy of `stored` in physical units. Undeclared or identity declarations return an exact copy (so data that
    // needs no conversion keeps every bit). NaN stays NaN; the result is computed in double and rounded to float
    // once. Throws std::invalid_argument for a declaration with a problem() (manifests are checked before).
    static ImageVolume toPhysical(const ImageVolume& stored, const StoredIntensity& declaration = {});
    static void toPhysicalInPlace(ImageVolume& volume, const StoredIntensity& declaration);
};

} // namespace crossseg
