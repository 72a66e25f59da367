// The Qt6 <-> VTK bridge and the 3D view panel, on a real OpenGL context (Xvfb + Mesa in CI).
#include "rendering/SurfaceScene.h"
#include "TestData.h"
#include "ui/session/ViewerState.h"
#include "ui/surface3d/SurfaceViewBinding.h"
#include "ui/surface3d/SurfaceViewPanel.h"
#include "ui/vtk/VtkRenderWidget.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSurfaceFormat>
#include <QtTest/QtTest>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace crossseg;

namespace {

void paintSphere(LabelVolume& labels, const std::array<double, 3>& centre, double radius, std::uint16_t value) {
    const auto& g = labels.geometry();
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const auto p = g.indexToPhysical({double(i), double(j), double(k)});
                const double d2 = std::pow(p[0] - centre[0], 2) + std::pow(p[1] - centre[1], 2) +
                                  std::pow(p[2] - centre[2], 2);
                if (d2 <= radius * radius) labels.at(i, j, k) = value;
            }
}

// A 60 x 50 x 40 grid of 1.2 x 1.2 x 2 mm voxels, rotated 90 degrees about z (x voxel axis -> physical +y).
VolumeGeometry obliqueGrid() {
    VolumeGeometry g;
    g.size = {60, 50, 40};
    g.spacing = {1.2, 1.2, 2.0};
    g.origin = {40.0, -20.0, -35.0};
    g.direction = {0, -1, 0, 1, 0, 0, 0, 0, 1};
    return g;
}

bool isBackground(QRgb pixel) {
    // The view's gradient background is dark grey-blue: low saturation, value below 100.
    const QColor c(pixel);
    return c.saturation() < 60 && c.value() < 110;
}

int countForeground(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (!isBackground(image.pixel(x, y))) ++count;
    return count;
}

QPoint toWidget(const ui::SurfaceViewPanel& panel, const std::array<double, 3>& world) {
    vtkRenderer* renderer = panel.scene().renderer();
    renderer->SetWorldPoint(world[0], world[1], world[2], 1.0);
    renderer->WorldToDisplay();
    double d[3];
    renderer->GetDisplayPoint(d);
    const qreal ratio = panel.view()->devicePixelRatioF();
    return QPoint(int(std::lround(d[0] / ratio)), int(std::lround((panel.view()->height() * ratio - 1 - d[1]) / ratio)));
}

} // namespace

class UiVtkTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bridgeWidgetRendersVtkIntoQt() {
        ui::VtkRenderWidget widget;
        widget.resize(320, 240);
        auto renderer = vtkSmartPointer<vtkRenderer>::New();
        renderer->SetBackground(0.0, 0.0, 0.0);
        auto sphere = vtkSmartPointer<vtkSphereSource>::New();
        sphere->SetRadius(1.0);
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(sphere->GetOutputPort());
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->GetProperty()->SetColor(1.0, 0.1, 0.1);
        actor->GetProperty()->SetAmbient(0.5);
        renderer->AddActor(actor);
        renderer->ResetCamera();
        widget.renderWindow()->AddRenderer(renderer);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        const QImage image = widget.grabFramebuffer();
        image.convertToFormat(QImage::Format_RGB32)
            .save(QString::fromStdString((test::artifactDirectory() / "ui_vtk_bridge.png").string()));
        QCOMPARE(image.width(), 320 * int(widget.devicePixelRatioF()));
        const QColor centre(image.pixel(image.width() / 2, image.height() / 2));
        const QColor corner(image.pixel(2, 2));
        QVERIFY2(centre.red() > 120 && centre.green() < 80 && centre.blue() < 80,
                 qPrintable(QString("centre pixel %1").arg(centre.name())));
        QVERIFY2(corner.red() < 20 && corner.green() < 20 && corner.blue() < 20,
                 qPrintable(QString("corner pixel %1").arg(corner.name())));

        // 'r' frames the scene again after the camera moved away.
        renderer->GetActiveCamera()->Dolly(0.05);
        QSignalSpy reset(&widget, &ui::VtkRenderWidget::resetViewRequested);
        QTest::keyClick(&widget, Qt::Key_R);
        QCOMPARE(reset.count(), 1);
        const QImage after = widget.grabFramebuffer();
        const QColor centreAfter(after.pixel(after.width() / 2, after.height() / 2));
        QVERIFY(centreAfter.red() > 120);
    }

    void panelShowsSurfacesAndEmitsThePickedPoint() {
        const VolumeGeometry g = obliqueGrid();
        LabelVolume labels(g);
        const std::array<double, 3> centre = g.indexToPhysical({30.0, 25.0, 20.0});
        const double radius = 15.0;
        paintSphere(labels, centre, radius, 1);
        const LabelTable table({{0, "background", {0, 0, 0}, 0.0, false, false},
                                {1, "left ventricle", {220, 50, 40}, 1.0, true, true},
                                {2, "aorta", {40, 90, 230}, 1.0, true, true}});

        ui::SurfaceViewPanel panel;
        panel.resize(520, 440);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy ready(&panel, &ui::SurfaceViewPanel::surfacesReady);
        panel.setLabels(labels, table);
        QVERIFY(panel.isBusy()); // extraction runs off the GUI thread
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.scene().prediction().size(), std::size_t(1));

        QImage image = panel.view()->grabFramebuffer();
        QVERIFY2(countForeground(image) > 500, "the 3D view is blank");
        const QPoint centreOnScreen = toWidget(panel, centre);
        const QColor atCentre(image.pixel(centreOnScreen * panel.view()->devicePixelRatioF()));
        QVERIFY2(atCentre.red() > atCentre.green() && atCentre.red() > atCentre.blue(),
                 qPrintable(QString("structure colour on screen %1").arg(atCentre.name())));

        // A click on the sphere's middle picks its front (anterior) surface point.
        QSignalSpy picked(&panel, &ui::SurfaceViewPanel::pointPicked);
        QTest::mouseClick(panel.view(), Qt::LeftButton, Qt::NoModifier, centreOnScreen);
        QCOMPARE(picked.count(), 1);
        const std::array<double, 3> p{picked[0][0].toDouble(), picked[0][1].toDouble(), picked[0][2].toDouble()};
        const double fromCentre = std::sqrt(std::pow(p[0] - centre[0], 2) + std::pow(p[1] - centre[1], 2) +
                                            std::pow(p[2] - centre[2], 2));
        QVERIFY2(std::abs(fromCentre - radius) < 1.5, qPrintable(QString("picked %1 mm from the centre").arg(fromCentre)));
        QVERIFY2(std::abs(p[0] - centre[0]) < 2.0 && std::abs(p[2] - centre[2]) < 2.0 && p[1] < centre[1],
                 "the picked point is not the front of the sphere under the cursor");

        // A click on the background picks nothing.
        QTest::mouseClick(panel.view(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
        QCOMPARE(picked.count(), 1);

        // Labels change (a correction adds a structure): the view follows.
        LabelVolume corrected = labels;
        const std::array<double, 3> second = g.indexToPhysical({30.0, 25.0, 36.0});
        paintSphere(corrected, second, 7.0, 2);
        panel.setLabels(corrected, table);
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.scene().prediction().size(), std::size_t(2));
        QVERIFY(panel.scene().prediction()[0].fromCache); // the untouched structure is not re-meshed

        // With the reference and distance colouring: the picture for the documentation.
        // The reference: the first structure 3 mm further left, the second one larger.
        LabelVolume reference(g);
        paintSphere(reference, {centre[0] + 3.0, centre[1], centre[2]}, radius, 1);
        paintSphere(reference, second, 8.5, 2);
        panel.setReference(&reference);
        QVERIFY(ready.wait(60000));
        panel.setDistanceColouring(true);
        panel.setCrosshair(p[0], p[1], p[2]);
        panel.resetView();
        QVERIFY(panel.scene().colouredPrediction(1) != nullptr);
        const auto shot = test::artifactDirectory() / "ui_vtk_surface_panel.png";
        panel.saveScreenshot(shot);
        QVERIFY(std::filesystem::file_size(shot) > 2000);
        image = panel.view()->grabFramebuffer();
        QVERIFY(countForeground(image) > 500);
    }

    void bindingKeepsTheSurfacesInStepWithTheViewer() {
        // The Studio's wiring: the reference labels are meshed without distance reference; a prediction is
        // meshed with the case's reference beside it; a point picked on a surface moves the slice crosshair.
        const VolumeGeometry g = obliqueGrid();
        auto data = std::make_shared<ui::CaseData>();
        data->caseId = "sphere";
        data->image = ImageVolume(g);
        data->reference = LabelVolume(g);
        paintSphere(data->reference, g.indexToPhysical({30.0, 25.0, 20.0}), 12.0, 1);
        ui::ViewerState state;
        state.setLabelTable(LabelTable({{0, "background", {0, 0, 0}, 0.0, false, false},
                                        {1, "liver", {220, 50, 40}, 1.0, true, true}}));
        ui::SurfaceViewPanel panel;
        panel.resize(400, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        new ui::SurfaceViewBinding(&state, &panel);
        QSignalSpy ready(&panel, &ui::SurfaceViewPanel::surfacesReady);

        state.setCase(data);
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.scene().prediction().size(), std::size_t(1));
        QVERIFY(panel.scene().reference().empty());

        LabelVolume prediction(g);
        paintSphere(prediction, g.indexToPhysical({32.0, 25.0, 20.0}), 10.0, 1);
        state.setOverlay(prediction, true, QString());
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.scene().reference().size(), std::size_t(1));

        const auto point = g.indexToPhysical({10.0, 20.0, 30.0});
        Q_EMIT panel.pointPicked(point[0], point[1], point[2]);
        QCOMPARE(state.cursor(), (std::array<long, 3>{10, 20, 30}));
    }
};

int main(int argc, char** argv) {
    // VTK needs an OpenGL 3.2 core context: the default format must be set before the application exists.
    QSurfaceFormat::setDefaultFormat(ui::VtkRenderWidget::requiredFormat());
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        std::printf("SKIP: ui_vtk needs an X server (run under xvfb-run)\n");
        return 0;
    }
    QApplication app(argc, argv);
    UiVtkTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "UiVtkTest.moc"
