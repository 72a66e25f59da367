#pragma once
#include <vtkLookupTable.h>
#include <vtkPolyData.h>
#include <vtkScalarBarActor.h>
#include <vtkSmartPointer.h>

namespace crossseg::rendering {

// Colours a prediction surface by its distance to the reference surface, so errors show at a glance.
// Signed, in millimetres: positive where the prediction lies outside the reference (too much), negative inside
// (too little), zero where the two surfaces agree.
class DistanceColoring {
public:
    static constexpr const char* kArrayName = "DistanceToReferenceMm";

    // A copy of `prediction` (points and cells shared) with the signed distance as active point scalars.
    static vtkSmartPointer<vtkPolyData> colour(vtkPolyData* prediction, vtkPolyData* reference);

    // Largest |distance| on a coloured surface (0 when none).
    static double maxAbsDistance(vtkPolyData* coloured);

    // Blue (inside) - white (on the reference) - red (outside), symmetric over [-rangeMm, +rangeMm].
    static vtkSmartPointer<vtkLookupTable> lookupTable(double rangeMm);
    static vtkSmartPointer<vtkScalarBarActor> colourBar(vtkLookupTable* table);
};

} // namespace crossseg::rendering
