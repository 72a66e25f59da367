#include "rendering/SurfaceScene.h"

#include "rendering/DistanceColoring.h"

#include <vtkAnnotatedCubeActor.h>
#include <vtkAppendPolyData.h>
#include <vtkCamera.h>
#include <vtkCellPicker.h>
#include <vtkLineSource.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderWindowInteractor.h>
#include <vtkSphereSource.h>

#include <algorithm>
#include <cmath>

namespace crossseg::rendering {
namespace {

std::array<double, 3> colourOf(const LabelTable& table, int label) {
    if (const auto* d = table.find(label))
        return {d->rgb[0] / 255.0, d->rgb[1] / 255.0, d->rgb[2] / 255.0};
    return {0.7, 0.7, 0.7}; // a label the table does not know: neutral grey, still visible
}

bool visibleIn(const LabelTable& table, int label) {
    const auto* d = table.find(label);
    return !d || (d->visible && d->meshVisible);
}

double opacityIn(const LabelTable& table, int label) {
    const auto* d = table.find(label);
    return d ? std::clamp(d->opacity, 0.0, 1.0) : 1.0;
}

vtkSmartPointer<vtkActor> actorFor(vtkPolyData* mesh) {
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(mesh);
    mapper->ScalarVisibilityOff();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    return actor;
}

} // namespace

SurfaceScene::SurfaceScene() : renderer_(vtkSmartPointer<vtkRenderer>::New()) {
    renderer_->SetBackground(0.11, 0.12, 0.14);
    renderer_->SetBackground2(0.28, 0.30, 0.34);
    renderer_->GradientBackgroundOn();
    // Translucent reference surfaces: depth peeling sorts them correctly against the solid prediction.
    renderer_->SetUseDepthPeeling(true);
    renderer_->SetMaximumNumberOfPeels(4);
}

void SurfaceScene::setPrediction(std::vector<StructureSurface> surfaces) {
    prediction_ = std::move(surfaces);
    rebuildActors();
}

void SurfaceScene::setReference(std::vector<StructureSurface> surfaces) {
    reference_ = std::move(surfaces);
    rebuildActors();
}

void SurfaceScene::setLabelTable(const LabelTable& table) {
    table_ = table;
    applyAppearance();
}

void SurfaceScene::setReferenceStyle(ReferenceStyle style) {
    referenceStyle_ = style;
    applyAppearance();
}

void SurfaceScene::setDistanceColouring(bool on, double rangeMm) {
    distanceColouring_ = on;
    requestedRangeMm_ = rangeMm;
    updateDistanceColouring();
    applyAppearance();
}

vtkPolyData* SurfaceScene::colouredPrediction(int label) const {
    const auto it = colouredPrediction_.find(label);
    return it == colouredPrediction_.end() ? nullptr : it->second.Get();
}

vtkActor* SurfaceScene::predictionActor(int label) const {
    const auto it = predictionActors_.find(label);
    return it == predictionActors_.end() ? nullptr : it->second.Get();
}

vtkActor* SurfaceScene::referenceActor(int label) const {
    const auto it = referenceActors_.find(label);
    return it == referenceActors_.end() ? nullptr : it->second.Get();
}

void SurfaceScene::rebuildActors() {
    for (auto& [label, actor] : predictionActors_) renderer_->RemoveActor(actor);
    for (auto& [label, actor] : referenceActors_) renderer_->RemoveActor(actor);
    predictionActors_.clear();
    referenceActors_.clear();
    for (const auto& s : prediction_) {
        if (!s.mesh) continue;
        auto actor = actorFor(s.mesh);
        predictionActors_[s.label] = actor;
        renderer_->AddActor(actor);
    }
    for (const auto& s : reference_) {
        if (!s.mesh) continue;
        auto actor = actorFor(s.mesh);
        referenceActors_[s.label] = actor;
        renderer_->AddActor(actor);
    }
    updateDistanceColouring();
    updateCrosshairGeometry();
    applyAppearance();
}

void SurfaceScene::updateDistanceColouring() {
    colouredPrediction_.clear();
    if (colourBar_) renderer_->RemoveViewProp(colourBar_);
    colourBar_ = nullptr;
    distanceRangeMm_ = 0.0;
    if (!distanceColouring_ || reference_.empty()) {
        for (const auto& s : prediction_)
            if (auto* actor = predictionActor(s.label)) {
                auto* mapper = vtkPolyDataMapper::SafeDownCast(actor->GetMapper());
                mapper->SetInputData(s.mesh);
                mapper->ScalarVisibilityOff();
            }
        return;
    }
    double maxAbs = 0.0;
    for (const auto& s : prediction_) {
        const auto ref = std::find_if(reference_.begin(), reference_.end(),
                                      [&](const StructureSurface& r) { return r.label == s.label; });
        auto coloured = DistanceColoring::colour(s.mesh, ref == reference_.end() ? nullptr : ref->mesh.Get());
        colouredPrediction_[s.label] = coloured;
        maxAbs = std::max(maxAbs, DistanceColoring::maxAbsDistance(coloured));
    }
    distanceRangeMm_ = requestedRangeMm_ > 0.0 ? requestedRangeMm_ : std::max(1.0, std::ceil(maxAbs));
    auto table = DistanceColoring::lookupTable(distanceRangeMm_);
    for (auto& [label, coloured] : colouredPrediction_) {
        auto* mapper = vtkPolyDataMapper::SafeDownCast(predictionActor(label)->GetMapper());
        mapper->SetInputData(coloured);
        mapper->SetLookupTable(table);
        mapper->SetColorModeToMapScalars();
        mapper->SetScalarModeToUsePointData();
        mapper->UseLookupTableScalarRangeOn();
        mapper->ScalarVisibilityOn();
    }
    colourBar_ = DistanceColoring::colourBar(table);
    renderer_->AddViewProp(colourBar_);
}

void SurfaceScene::applyAppearance() {
    for (auto& [label, actor] : predictionActors_) {
        const auto rgb = colourOf(table_, label);
        auto* p = actor->GetProperty();
        p->SetColor(rgb[0], rgb[1], rgb[2]);
        p->SetOpacity(distanceColouring_ ? 1.0 : opacityIn(table_, label));
        p->SetRepresentationToSurface();
        p->SetSpecular(0.25);
        p->SetSpecularPower(20.0);
        actor->SetVisibility(visibleIn(table_, label));
    }
    for (auto& [label, actor] : referenceActors_) {
        const auto rgb = colourOf(table_, label);
        auto* p = actor->GetProperty();
        // The reference in a lighter tint of the same colour, so pairs are recognisable but distinct.
        p->SetColor(0.5 + rgb[0] / 2.0, 0.5 + rgb[1] / 2.0, 0.5 + rgb[2] / 2.0);
        if (referenceStyle_ == ReferenceStyle::Wireframe) {
            p->SetRepresentationToWireframe();
            p->SetOpacity(0.6);
            p->LightingOff();
        } else {
            p->SetRepresentationToSurface();
            p->SetOpacity(0.3);
            p->LightingOn();
        }
        actor->SetVisibility(referenceStyle_ != ReferenceStyle::Hidden && visibleIn(table_, label));
    }
}

double SurfaceScene::sceneDiagonal() const {
    double bounds[6] = {1, -1, 1, -1, 1, -1};
    bool any = false;
    for (const auto* list : {&prediction_, &reference_}) {
        for (const auto& s : *list) {
            if (!s.mesh || s.mesh->GetNumberOfPoints() == 0) continue;
            double b[6];
            s.mesh->GetBounds(b);
            for (int a = 0; a < 3; ++a) {
                bounds[2 * a] = any ? std::min(bounds[2 * a], b[2 * a]) : b[2 * a];
                bounds[2 * a + 1] = any ? std::max(bounds[2 * a + 1], b[2 * a + 1]) : b[2 * a + 1];
            }
            any = true;
        }
    }
    if (!any) return 100.0;
    return std::sqrt(std::pow(bounds[1] - bounds[0], 2) + std::pow(bounds[3] - bounds[2], 2) +
                     std::pow(bounds[5] - bounds[4], 2));
}

void SurfaceScene::setCrosshair(const std::array<double, 3>& pointMm) {
    crosshairPoint_ = pointMm;
    updateCrosshairGeometry();
}

void SurfaceScene::hideCrosshair() {
    crosshairPoint_.reset();
    if (crosshair_) crosshair_->VisibilityOff();
}

void SurfaceScene::updateCrosshairGeometry() {
    if (!crosshairPoint_) return;
    const auto& c = *crosshairPoint_;
    const double size = std::max(1.0, sceneDiagonal());
    auto shape = vtkSmartPointer<vtkAppendPolyData>::New();
    auto sphere = vtkSmartPointer<vtkSphereSource>::New();
    sphere->SetCenter(c[0], c[1], c[2]);
    sphere->SetRadius(0.012 * size);
    sphere->SetThetaResolution(16);
    sphere->SetPhiResolution(12);
    shape->AddInputConnection(sphere->GetOutputPort());
    const double arm = 0.06 * size;
    for (int a = 0; a < 3; ++a) {
        auto line = vtkSmartPointer<vtkLineSource>::New();
        double p0[3] = {c[0], c[1], c[2]}, p1[3] = {c[0], c[1], c[2]};
        p0[a] -= arm;
        p1[a] += arm;
        line->SetPoint1(p0);
        line->SetPoint2(p1);
        shape->AddInputConnection(line->GetOutputPort());
    }
    shape->Update();
    if (!crosshair_) {
        crosshair_ = vtkSmartPointer<vtkActor>::New();
        crosshair_->SetMapper(vtkSmartPointer<vtkPolyDataMapper>::New());
        crosshair_->GetProperty()->SetColor(1.0, 0.9, 0.1);
        crosshair_->GetProperty()->SetLineWidth(2.0);
        crosshair_->PickableOff(); // clicks go to the surfaces behind it
        renderer_->AddActor(crosshair_);
    }
    auto geometry = vtkSmartPointer<vtkPolyData>::New();
    geometry->ShallowCopy(shape->GetOutput());
    vtkPolyDataMapper::SafeDownCast(crosshair_->GetMapper())->SetInputData(geometry);
    crosshair_->VisibilityOn();
}

void SurfaceScene::resetCamera() {
    auto* camera = renderer_->GetActiveCamera();
    // LPS: anterior is -y, superior is +z. Looking from the front puts the patient's left on screen right.
    camera->SetFocalPoint(0.0, 0.0, 0.0);
    camera->SetPosition(0.0, -1.0, 0.0);
    camera->SetViewUp(0.0, 0.0, 1.0);
    renderer_->ResetCamera();
    renderer_->ResetCameraClippingRange();
}

std::optional<std::array<double, 3>> SurfaceScene::pick(double displayX, double displayY) const {
    auto picker = vtkSmartPointer<vtkCellPicker>::New();
    picker->SetTolerance(0.0005);
    picker->PickFromListOn();
    for (const auto* actors : {&predictionActors_, &referenceActors_})
        for (const auto& [label, actor] : *actors)
            if (actor->GetVisibility()) picker->AddPickList(actor);
    if (!picker->Pick(displayX, displayY, 0.0, renderer_)) return std::nullopt;
    double p[3];
    picker->GetPickPosition(p);
    return std::array<double, 3>{p[0], p[1], p[2]};
}

void SurfaceScene::attachOrientationMarker(vtkRenderWindowInteractor* interactor) {
    auto cube = vtkSmartPointer<vtkAnnotatedCubeActor>::New();
    // LPS: +x points to the patient's left, +y posterior, +z superior.
    cube->SetXPlusFaceText("L");
    cube->SetXMinusFaceText("R");
    cube->SetYPlusFaceText("P");
    cube->SetYMinusFaceText("A");
    cube->SetZPlusFaceText("S");
    cube->SetZMinusFaceText("I");
    cube->SetFaceTextScale(0.6);
    cube->GetCubeProperty()->SetColor(0.85, 0.85, 0.9);
    cube->GetTextEdgesProperty()->SetColor(0.3, 0.3, 0.3);
    orientationMarker_ = vtkSmartPointer<vtkOrientationMarkerWidget>::New();
    orientationMarker_->SetOrientationMarker(cube);
    orientationMarker_->SetInteractor(interactor);
    orientationMarker_->SetDefaultRenderer(renderer_);
    orientationMarker_->SetViewport(0.0, 0.0, 0.16, 0.16);
    orientationMarker_->SetEnabled(1);
    orientationMarker_->InteractiveOff();
}

} // namespace crossseg::rendering
