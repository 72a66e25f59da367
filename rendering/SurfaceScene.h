#pragma once
#include "rendering/StructureSurface.h"
#include "core/image/LabelTable.h"

#include <vtkActor.h>
#include <vtkOrientationMarkerWidget.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSmartPointer.h>

#include <array>
#include <map>
#include <optional>
#include <vector>

class vtkRenderWindowInteractor;

namespace crossseg::rendering {

enum class ReferenceStyle { Wireframe, Translucent, Hidden };

// What the 3D view shows: the prediction's structures as solid coloured surfaces, the reference's as wireframe
// or translucent surfaces, optional distance colouring with a colour bar, and a crosshair marker. Colours,
// opacity and visibility come from the label table. Knows nothing about Qt: the panel and the benchmark both
// drive it.
class SurfaceScene {
public:
    SurfaceScene();

    vtkRenderer* renderer() const { return renderer_; }

    void setPrediction(std::vector<StructureSurface> surfaces);
    void setReference(std::vector<StructureSurface> surfaces); // empty: no reference
    const std::vector<StructureSurface>& prediction() const { return prediction_; }
    const std::vector<StructureSurface>& reference() const { return reference_; }

    void setLabelTable(const LabelTable& table); // colours, opacity, visibility
    const LabelTable& labelTable() const { return table_; }

    void setReferenceStyle(ReferenceStyle style);
    ReferenceStyle referenceStyle() const { return referenceStyle_; }

    // Prediction coloured by signed distance to the reference (needs a reference); range 0 = automatic.
    void setDistanceColouring(bool on, double rangeMm = 0.0);
    bool distanceColouring() const { return distanceColouring_; }
    double distanceRangeMm() const { return distanceRangeMm_; }
    vtkPolyData* colouredPrediction(int label) const; // nullptr unless distance colouring is on

    void setCrosshair(const std::array<double, 3>& pointMm);
    void hideCrosshair();

    // Anterior view (patient's left on screen right, head up), framing everything shown.
    void resetCamera();

    // The surface point under display pixel (x, y) (VTK's convention: origin bottom-left), if any.
    std::optional<std::array<double, 3>> pick(double displayX, double displayY) const;

    // An L/R-P/A-S/I cube in the corner that follows the camera; needs the window's interactor.
    void attachOrientationMarker(vtkRenderWindowInteractor* interactor);

    vtkActor* predictionActor(int label) const;
    vtkActor* referenceActor(int label) const;

private:
    void rebuildActors();
    void applyAppearance();
    void updateDistanceColouring();
    void updateCrosshairGeometry();
    double sceneDiagonal() const;

    vtkSmartPointer<vtkRenderer> renderer_;
    std::vector<StructureSurface> prediction_;
    std::vector<StructureSurface> reference_;
    std::map<int, vtkSmartPointer<vtkActor>> predictionActors_;
    std::map<int, vtkSmartPointer<vtkActor>> referenceActors_;
    std::map<int, vtkSmartPointer<vtkPolyData>> colouredPrediction_;
    LabelTable table_;
    ReferenceStyle referenceStyle_ = ReferenceStyle::Wireframe;
    bool distanceColouring_ = false;
    double requestedRangeMm_ = 0.0;
    double distanceRangeMm_ = 0.0;
    vtkSmartPointer<vtkScalarBarActor> colourBar_;
    vtkSmartPointer<vtkActor> crosshair_;
    std::optional<std::array<double, 3>> crosshairPoint_;
    vtkSmartPointer<vtkOrientationMarkerWidget> orientationMarker_;
};

} // namespace crossseg::rendering
