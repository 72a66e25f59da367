#include "rendering/DistanceColoring.h"

#include <vtkDoubleArray.h>
#include <vtkImplicitPolyDataDistance.h>
#include <vtkPointData.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>

namespace crossseg::rendering {

vtkSmartPointer<vtkPolyData> DistanceColoring::colour(vtkPolyData* prediction, vtkPolyData* reference) {
    auto coloured = vtkSmartPointer<vtkPolyData>::New();
    coloured->ShallowCopy(prediction);
    auto distances = vtkSmartPointer<vtkDoubleArray>::New();
    distances->SetName(kArrayName);
    distances->SetNumberOfComponents(1);
    distances->SetNumberOfTuples(prediction->GetNumberOfPoints());
    // ShallowCopy gives the copy its own point-data container: adding the array leaves the shared mesh alone.

    if (reference && reference->GetNumberOfPolys() > 0) {
        auto implicitDistance = vtkSmartPointer<vtkImplicitPolyDataDistance>::New();
        implicitDistance->SetInput(reference);
        double p[3];
        for (vtkIdType i = 0; i < prediction->GetNumberOfPoints(); ++i) {
            prediction->GetPoint(i, p);
            distances->SetValue(i, implicitDistance->EvaluateFunction(p));
        }
    } else {
        distances->Fill(0.0);
    }
    coloured->GetPointData()->AddArray(distances);
    coloured->GetPointData()->SetActiveScalars(kArrayName);
    return coloured;
}

double DistanceColoring::maxAbsDistance(vtkPolyData* coloured) {
    if (!coloured) return 0.0;
    auto* array = coloured->GetPointData()->GetArray(kArrayName);
    if (!array) return 0.0;
    double maxAbs = 0.0;
    for (vtkIdType i = 0; i < array->GetNumberOfTuples(); ++i)
        maxAbs = std::max(maxAbs, std::abs(array->GetTuple1(i)));
    return maxAbs;
}

vtkSmartPointer<vtkLookupTable> DistanceColoring::lookupTable(double rangeMm) {
    const double range = rangeMm > 0.0 ? rangeMm : 1.0;
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    const int n = 256;
    table->SetNumberOfTableValues(n);
    table->SetTableRange(-range, range);
    for (int i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / (n - 1) * 2.0 - 1.0; // -1..1
        double r, g, b;
        if (t < 0.0) { // blue towards white
            r = 1.0 + t * 0.8;
            g = 1.0 + t * 0.7;
            b = 1.0;
        } else { // white towards red
            r = 1.0;
            g = 1.0 - t * 0.8;
            b = 1.0 - t * 0.85;
        }
        table->SetTableValue(i, r, g, b, 1.0);
    }
    table->Build();
    return table;
}

vtkSmartPointer<vtkScalarBarActor> DistanceColoring::colourBar(vtkLookupTable* table) {
    auto bar = vtkSmartPointer<vtkScalarBarActor>::New();
    bar->SetLookupTable(table);
    bar->SetTitle("mm");
    bar->UnconstrainedFontSizeOn(); // VTK otherwise shrinks the title to the bar's width: unreadable
    bar->SetNumberOfLabels(5);
    bar->SetLabelFormat("%+.1f");
    bar->SetOrientationToVertical();
    bar->SetPosition(0.88, 0.1);
    bar->SetWidth(0.08);
    bar->SetHeight(0.8);
    bar->GetTitleTextProperty()->SetFontSize(14);
    bar->GetLabelTextProperty()->SetFontSize(11);
    return bar;
}

} // namespace crossseg::rendering
