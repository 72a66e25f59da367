#pragma once
#include <string>

namespace crossseg {

// How a file's stored numbers relate to physical intensities, DICOM's rescale convention:
//     physical = stored * slope + intercept.
// The shared abdomen CT, for example, holds HU clipped to [-125, 275] and scaled to 0..255, declared as
// {unit "HU", slope 400/255, intercept -125} in its manifest ("stored_intensity", docs/DATASETS.md).
// An undeclared file (empty unit) is taken as already physical: a NIfTI in HU, a DICOM series (ITK applies the
// file's own rescale while reading), MR in its arbitrary scanner units.
struct StoredIntensity {
    std::string unit;        // "HU" or "arbitrary"; empty when nothing was declared
    double slope = 1.0;
    double intercept = 0.0;

    bool declared() const { return !unit.empty(); }
    bool isIdentity() const { return slope == 1.0 && intercept == 0.0; }
    double toPhysical(double stored) const { return stored * slope + intercept; }

    // The units a declaration may name: "HU" (CT) and "arbitrary" (MR and other relative scales).
    static bool isKnownUnit(const std::string& unit);
    static std::string knownUnits(); // "HU, arbitrary", for error messages
    // Empty when the declaration is usable, else why not (unknown unit, slope 0 or not finite, intercept not finite).
    std::string problem() const;
    std::string describe() const; // "HU = stored x 1.56863 + -125"
};

} // namespace crossseg
