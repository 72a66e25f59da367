// The rendering layer: surfaces in millimetres, what the scene shows, exports, distance colouring, cache.
// VTK renders through GLX only: these tests need an X server (xvfb-run) and skip without one.
#include "rendering/DistanceColoring.h"
#include "LabelShapes.h"
#include "rendering/MeshExporter.h"
#include "rendering/ScreenshotWriter.h"
#include "rendering/SurfaceCache.h"
#include "rendering/SurfaceExtractor.h"
#include "rendering/SurfaceScene.h"
#include "TestData.h"
#include "core/image/Obliquity.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <vtkCenterOfMass.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkMassProperties.h>
#include <vtkOBJReader.h>
#include <vtkPointData.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkSTLReader.h>
#include <vtkTriangleFilter.h>
#include <vtkWindowToImageFilter.h>
#include <vtkXMLPolyDataReader.h>

#include <cmath>
#include <cstdlib>

using namespace crossseg;
using namespace crossseg::rendering;

namespace {

constexpr double kPi = 3.14159265358979323846;

struct SphereCase {
    LabelVolume labels;
    std::array<double, 3> centre{};
    double radius = 0.0;
};

// A sphere on an anisotropic, oblique grid: 0.8 x 1.1 x 1.7 mm voxels.
SphereCase sphereCase(bool mirrored, double radius = 18.0) {
    VolumeGeometry g;
    g.size = {64, 48, 34};
    g.spacing = {0.8, 1.1, 1.7};
    g.origin = {-30.0, 12.5, 140.0};
    g.direction = test::obliqueDirection(mirrored);
    SphereCase c;
    c.labels = LabelVolume(g);
    c.centre = g.indexToPhysical({31.3, 23.6, 16.2});
    c.radius = radius;
    test::paintSphere(c.labels, c.centre, radius, 1);
    return c;
}

bool haveDisplay() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
}

vtkSmartPointer<vtkRenderWindow> offscreenWindow(vtkRenderer* renderer, int width, int height) {
    auto window = vtkSmartPointer<vtkRenderWindow>::New();
    window->SetOffScreenRendering(1);
    window->SetSize(width, height);
    window->AddRenderer(renderer);
    return window;
}

std::array<double, 3> toDisplay(vtkRenderer* renderer, const std::array<double, 3>& world) {
    renderer->SetWorldPoint(world[0], world[1], world[2], 1.0);
    renderer->WorldToDisplay();
    double d[3];
    renderer->GetDisplayPoint(d);
    return {d[0], d[1], d[2]};
}

} // namespace

class RenderingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sphereSurfaceHasAnalyticAreaVolumeAndCentre_data() {
        QTest::addColumn<bool>("mirrored");
        QTest::addColumn<int>("contour");
        QTest::newRow("rotated, flying edges") << false << int(ContourMethod::FlyingEdges);
        QTest::newRow("mirrored, flying edges") << true << int(ContourMethod::FlyingEdges);
        QTest::newRow("rotated, marching cubes") << false << int(ContourMethod::MarchingCubes);
    }
    void sphereSurfaceHasAnalyticAreaVolumeAndCentre() {
        QFETCH(bool, mirrored);
        QFETCH(int, contour);
        const SphereCase c = sphereCase(mirrored);
        SurfaceOptions options;
        options.contour = static_cast<ContourMethod>(contour);
        const auto surfaces = SurfaceExtractor(options).extractAll(c.labels);
        QCOMPARE(surfaces.size(), std::size_t(1));
        vtkPolyData* mesh = surfaces[0].mesh;
        QVERIFY(surfaces[0].trianglesFinal < surfaces[0].trianglesExtracted); // decimated

        auto mass = vtkSmartPointer<vtkMassProperties>::New();
        mass->SetInputData(mesh);
        mass->Update();
        const double area = 4.0 * kPi * c.radius * c.radius;
        const double volume = 4.0 / 3.0 * kPi * std::pow(c.radius, 3);
        qInfo("area %.1f mm2 (analytic %.1f), volume %.1f mm3 (analytic %.1f)", mass->GetSurfaceArea(), area,
              mass->GetVolume(), volume);
        QVERIFY2(std::abs(mass->GetSurfaceArea() - area) < 0.02 * area, "surface area off by more than 2%");
        QVERIFY2(std::abs(mass->GetVolume() - volume) < 0.02 * volume, "enclosed volume off by more than 2%");

        auto centre = vtkSmartPointer<vtkCenterOfMass>::New();
        centre->SetInputData(mesh);
        centre->SetUseScalarsAsWeights(false);
        centre->Update();
        double m[3];
        centre->GetCenter(m);
        const double offset = std::sqrt(std::pow(m[0] - c.centre[0], 2) + std::pow(m[1] - c.centre[1], 2) +
                                        std::pow(m[2] - c.centre[2], 2));
        QVERIFY2(offset < 0.5, qPrintable(QString("surface centre is %1 mm from the physical centre").arg(offset)));

        // Normals face outwards (lighting and picking rely on it), also when the direction mirrors.
        auto* normals = mesh->GetPointData()->GetNormals();
        QVERIFY(normals);
        vtkIdType outward = 0;
        for (vtkIdType i = 0; i < mesh->GetNumberOfPoints(); ++i) {
            double p[3], n[3];
            mesh->GetPoint(i, p);
            normals->GetTuple(i, n);
            if ((p[0] - c.centre[0]) * n[0] + (p[1] - c.centre[1]) * n[1] + (p[2] - c.centre[2]) * n[2] > 0) ++outward;
        }
        QVERIFY(outward > 0.99 * mesh->GetNumberOfPoints());
    }

    // Issue 13: an oblique acquisition (a box-shaped structure on a grid tilted like a cardiac short-axis stack)
    // is reported oblique, and its 3D surface stays in true physical space: every vertex maps back into the box's
    // voxels, the surface spans the box along each tilted voxel axis, and its centre is the box's physical centre.
    // A surface built without the direction would sit rotated about the origin and fail all three.
    void obliqueVolumeSurfaceStaysInPhysicalSpace() {
        VolumeGeometry g;
        g.size = {40, 36, 20};
        g.spacing = {1.2, 0.9, 2.5};
        g.origin = {-40.0, 25.0, 130.0};
        const double a = 35.0 * kPi / 180.0, b = 15.0 * kPi / 180.0; // Rz(35) * Rx(15)
        g.direction = {std::cos(a), -std::sin(a) * std::cos(b), std::sin(a) * std::sin(b),
                       std::sin(a), std::cos(a) * std::cos(b), -std::cos(a) * std::sin(b),
                       0.0, std::sin(b), std::cos(b)};
        const Obliquity obliquity(g);
        QVERIFY(obliquity.isOblique());
        QVERIFY2(obliquity.degrees() > 35.0 && obliquity.degrees() < 45.0, obliquity.describe().c_str());

        const std::array<std::size_t, 3> first{10, 8, 5}, last{29, 21, 13};
        LabelVolume labels(g);
        for (std::size_t k = first[2]; k <= last[2]; ++k)
            for (std::size_t j = first[1]; j <= last[1]; ++j)
                for (std::size_t i = first[0]; i <= last[0]; ++i) labels.at(i, j, k) = 3;
        const auto surfaces = SurfaceExtractor().extractAll(labels);
        QCOMPARE(surfaces.size(), std::size_t(1));
        vtkPolyData* mesh = surfaces[0].mesh;
        QVERIFY(mesh->GetNumberOfPoints() > 100);

        std::array<double, 3> low{1e9, 1e9, 1e9}, high{-1e9, -1e9, -1e9};
        for (vtkIdType n = 0; n < mesh->GetNumberOfPoints(); ++n) {
            double p[3];
            mesh->GetPoint(n, p);
            const auto index = g.physicalToIndex({p[0], p[1], p[2]});
            for (int axis = 0; axis < 3; ++axis) {
                low[axis] = std::min(low[axis], index[axis]);
                high[axis] = std::max(high[axis], index[axis]);
            }
        }
        for (int axis = 0; axis < 3; ++axis) {
            // The boundary lies half a voxel outside the outermost voxel centres; smoothing rounds edges inwards.
            const QString where = QString("axis %1: surface spans index %2..%3, box %4..%5")
                                      .arg(axis).arg(low[axis]).arg(high[axis]).arg(first[axis]).arg(last[axis]);
            QVERIFY2(low[axis] > double(first[axis]) - 0.75 && low[axis] < double(first[axis]), qPrintable(where));
            QVERIFY2(high[axis] < double(last[axis]) + 0.75 && high[axis] > double(last[axis]), qPrintable(where));
        }

        auto centre = vtkSmartPointer<vtkCenterOfMass>::New();
        centre->SetInputData(mesh);
        centre->SetUseScalarsAsWeights(false);
        centre->Update();
        double m[3];
        centre->GetCenter(m);
        const auto expected = g.indexToPhysical({(first[0] + last[0]) / 2.0, (first[1] + last[1]) / 2.0,
                                                 (first[2] + last[2]) / 2.0});
        const double offset = std::sqrt(std::pow(m[0] - expected[0], 2) + std::pow(m[1] - expected[1], 2) +
                                        std::pow(m[2] - expected[2], 2));
        QVERIFY2(offset < 0.5, qPrintable(QString("surface centre is %1 mm from the box's physical centre").arg(offset)));
    }

    void structureTouchingTheBorderIsClosed() {
        VolumeGeometry g;
        g.size = {20, 20, 20};
        LabelVolume labels(g);
        for (std::size_t k = 0; k < 10; ++k)
            for (std::size_t j = 0; j < 20; ++j)
                for (std::size_t i = 0; i < 20; ++i) labels.at(i, j, k) = 3;
        SurfaceOptions options;
        options.smoothingIterations = 0;
        options.decimation = DecimationMethod::None;
        const auto surfaces = SurfaceExtractor(options).extractAll(labels);
        QCOMPARE(surfaces.size(), std::size_t(1));
        auto mass = vtkSmartPointer<vtkMassProperties>::New();
        mass->SetInputData(surfaces[0].mesh);
        mass->Update();
        // A 20 x 20 x 10 voxel slab, closed by the padding: the volume is that of the voxel centres' hull plus
        // the half-voxel chamfers, i.e. close to 20*20*10 and far from 0.
        QVERIFY(mass->GetVolume() > 0.85 * 4000.0 && mass->GetVolume() < 1.05 * 4000.0);
    }

    void renderShowsEachStructureInItsColourWhereItIs() {
        if (!haveDisplay()) QSKIP("no X display: run under xvfb-run");
        VolumeGeometry g;
        g.size = {60, 40, 60};
        g.spacing = {1.5, 1.5, 1.5};
        LabelVolume labels(g);
        // LPS: label 1 on the patient's left (+x), 2 on the right, 3 superior (+z) in the middle.
        const std::array<double, 3> left{70.0, 30.0, 30.0}, right{20.0, 30.0, 30.0}, top{45.0, 30.0, 70.0};
        test::paintSphere(labels, left, 10.0, 1);
        test::paintSphere(labels, right, 10.0, 2);
        test::paintSphere(labels, top, 10.0, 3);
        LabelTable table({{0, "background", {0, 0, 0}, 0.0, false, false},
                          {1, "red", {230, 30, 30}, 1.0, true, true},
                          {2, "green", {30, 210, 40}, 1.0, true, true},
                          {3, "blue", {40, 60, 235}, 1.0, true, true}});
        SurfaceScene scene;
        scene.setPrediction(SurfaceExtractor().extractAll(labels));
        scene.setLabelTable(table);
        scene.resetCamera();
        auto window = offscreenWindow(scene.renderer(), 400, 400);
        window->Render();
        auto capture = vtkSmartPointer<vtkWindowToImageFilter>::New();
        capture->SetInput(window);
        capture->ReadFrontBufferOff();
        capture->SetInputBufferTypeToRGB();
        capture->Update();
        vtkImageData* image = capture->GetOutput();
        ScreenshotWriter::writePng(window, test::artifactDirectory() / "rendering_three_structures.png");

        const std::array<std::array<double, 3>, 3> centres{left, right, top};
        for (int n = 0; n < 3; ++n) {
            const auto d = toDisplay(scene.renderer(), centres[n]);
            const auto* px = static_cast<unsigned char*>(image->GetScalarPointer(int(d[0]), int(d[1]), 0));
            const int dominant = (px[0] >= px[1] && px[0] >= px[2]) ? 0 : (px[1] >= px[2] ? 1 : 2);
            QVERIFY2(dominant == n, qPrintable(QString("structure %1 at (%2,%3) shows rgb(%4,%5,%6)")
                                                   .arg(n + 1).arg(d[0]).arg(d[1]).arg(px[0]).arg(px[1]).arg(px[2])));
        }
        // Anterior view, radiological convention: the patient's left is on the screen's right, superior is up.
        QVERIFY(toDisplay(scene.renderer(), left)[0] > toDisplay(scene.renderer(), right)[0]);
        QVERIFY(toDisplay(scene.renderer(), top)[1] > toDisplay(scene.renderer(), left)[1]);

        // Hiding a structure in the label table removes its colour from the picture.
        table.find(1)->visible = false;
        scene.setLabelTable(table);
        window->Render();
        capture->Modified();
        capture->Update();
        const auto d = toDisplay(scene.renderer(), left);
        const auto* px = static_cast<unsigned char*>(capture->GetOutput()->GetScalarPointer(int(d[0]), int(d[1]), 0));
        QVERIFY(!(px[0] > 2 * px[1] && px[0] > 2 * px[2]));
    }

    void pickReturnsThePointOnTheSurface() {
        if (!haveDisplay()) QSKIP("no X display: run under xvfb-run");
        const SphereCase c = sphereCase(false);
        SurfaceScene scene;
        scene.setPrediction(SurfaceExtractor().extractAll(c.labels));
        scene.resetCamera();
        auto window = offscreenWindow(scene.renderer(), 300, 300);
        window->Render();
        const auto d = toDisplay(scene.renderer(), c.centre);
        const auto picked = scene.pick(d[0], d[1]);
        QVERIFY(picked.has_value());
        const auto& p = *picked;
        const double fromCentre = std::sqrt(std::pow(p[0] - c.centre[0], 2) + std::pow(p[1] - c.centre[1], 2) +
                                            std::pow(p[2] - c.centre[2], 2));
        QVERIFY2(std::abs(fromCentre - c.radius) < 1.0, qPrintable(QString("picked %1 mm from centre").arg(fromCentre)));
        QVERIFY(p[1] < c.centre[1]); // the front (anterior, -y) of the sphere faces the camera
        QVERIFY(!scene.pick(2.0, 2.0).has_value()); // the corner shows background
    }

    void exportedMeshesReadBackWithTheSameCounts() {
        const SphereCase c = sphereCase(false, 12.0);
        auto surfaces = SurfaceExtractor().extractAll(c.labels);
        QCOMPARE(surfaces.size(), std::size_t(1));
        const LabelTable table = LabelTable::forClasses({"background", "left ventricle"});
        const auto folder = test::artifactDirectory() / "mesh-export";
        std::filesystem::remove_all(folder);
        vtkPolyData* mesh = surfaces[0].mesh;
        for (MeshFormat format : {MeshFormat::Stl, MeshFormat::Obj, MeshFormat::Vtp}) {
            const auto files = MeshExporter::writeEach(surfaces, table, folder, format);
            QCOMPARE(files.size(), std::size_t(1));
            QCOMPARE(files[0].filename().string(), std::string("1_left_ventricle") + MeshExporter::extension(format));
            vtkSmartPointer<vtkPolyData> back;
            if (format == MeshFormat::Stl) {
                auto r = vtkSmartPointer<vtkSTLReader>::New();
                r->SetFileName(files[0].string().c_str());
                r->Update();
                back = r->GetOutput();
            } else if (format == MeshFormat::Obj) {
                auto r = vtkSmartPointer<vtkOBJReader>::New();
                r->SetFileName(files[0].string().c_str());
                r->Update();
                back = r->GetOutput();
            } else {
                auto r = vtkSmartPointer<vtkXMLPolyDataReader>::New();
                r->SetFileName(files[0].string().c_str());
                r->Update();
                back = r->GetOutput();
            }
            QCOMPARE(back->GetNumberOfPoints(), mesh->GetNumberOfPoints());
            QCOMPARE(back->GetNumberOfCells(), mesh->GetNumberOfCells());
            double a[3], b[3];
            mesh->GetPoint(mesh->GetNumberOfPoints() / 2, a);
            back->GetPoint(back->GetNumberOfPoints() / 2, b);
            if (format != MeshFormat::Stl) // STL merges points in its own order; the others keep it
                QVERIFY(std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) < 1e-3);
        }
        // No temporary files are left behind.
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            QVERIFY2(entry.path().filename().string().find(".tmp") == std::string::npos, entry.path().c_str());
        QVERIFY_THROWS_EXCEPTION(InputError, MeshExporter::write(mesh, folder / "mesh.ply"));
    }

    void distanceColouringIsZeroWhereSurfacesAgree() {
        const SphereCase big = sphereCase(false, 16.0);
        SphereCase small = sphereCase(false, 12.0);
        const auto prediction = SurfaceExtractor().extractAll(big.labels);
        const auto sameAsPrediction = SurfaceExtractor().extractAll(big.labels);
        const auto smaller = SurfaceExtractor().extractAll(small.labels);

        auto identical = DistanceColoring::colour(prediction[0].mesh, sameAsPrediction[0].mesh);
        QVERIFY(DistanceColoring::maxAbsDistance(identical) < 1e-3);
        QVERIFY(identical->GetPointData()->GetScalars() != nullptr);
        QVERIFY(prediction[0].mesh->GetPointData()->GetArray(DistanceColoring::kArrayName) == nullptr); // not altered

        // Prediction 4 mm larger than the reference all round: about +4 mm everywhere (outside = positive).
        auto tooBig = DistanceColoring::colour(prediction[0].mesh, smaller[0].mesh);
        auto* d = tooBig->GetPointData()->GetArray(DistanceColoring::kArrayName);
        double sum = 0.0;
        for (vtkIdType i = 0; i < d->GetNumberOfTuples(); ++i) sum += d->GetTuple1(i);
        const double mean = sum / d->GetNumberOfTuples();
        QVERIFY2(std::abs(mean - 4.0) < 0.6, qPrintable(QString("mean distance %1 mm").arg(mean)));
        double range[2];
        d->GetRange(range);
        QVERIFY(range[0] > 2.5 && range[1] < 5.5);
    }

    void sceneShowsDistanceColouringAndReferenceStyles() {
        if (!haveDisplay()) QSKIP("no X display: run under xvfb-run");
        const SphereCase pred = sphereCase(false, 16.0);
        const SphereCase ref = sphereCase(false, 13.0);
        SurfaceScene scene;
        scene.setLabelTable(LabelTable::forClasses({"background", "myocardium"}));
        scene.setPrediction(SurfaceExtractor().extractAll(pred.labels));
        scene.setReference(SurfaceExtractor().extractAll(ref.labels));
        scene.setReferenceStyle(ReferenceStyle::Translucent);
        QVERIFY(scene.referenceActor(1) && scene.referenceActor(1)->GetProperty()->GetOpacity() < 0.5);
        scene.setReferenceStyle(ReferenceStyle::Wireframe);
        QCOMPARE(scene.referenceActor(1)->GetProperty()->GetRepresentation(), VTK_WIREFRAME);
        scene.setDistanceColouring(true);
        QVERIFY(scene.colouredPrediction(1) != nullptr);
        QVERIFY(scene.distanceRangeMm() >= 3.0);
        scene.setCrosshair(pred.centre);
        scene.resetCamera();
        auto window = offscreenWindow(scene.renderer(), 500, 400);
        ScreenshotWriter::writePng(window, test::artifactDirectory() / "rendering_distance_colouring.png");
        QVERIFY(std::filesystem::file_size(test::artifactDirectory() / "rendering_distance_colouring.png") > 1000);
        scene.setDistanceColouring(false);
        QVERIFY(scene.colouredPrediction(1) == nullptr);
    }

    void cacheReextractsOnlyChangedStructures() {
        VolumeGeometry g;
        g.size = {50, 40, 30};
        LabelVolume labels(g);
        test::paintSphere(labels, {12.0, 20.0, 15.0}, 8.0, 1);
        test::paintSphere(labels, {36.0, 20.0, 15.0}, 8.0, 2);
        SurfaceCache cache;
        const SurfaceExtractor extractor;
        const auto first = extractor.extractAll(labels, nullptr, &cache);
        QCOMPARE(first.size(), std::size_t(2));
        QVERIFY(!first[0].fromCache && !first[1].fromCache);
        const auto again = extractor.extractAll(labels, nullptr, &cache);
        QVERIFY(again[0].fromCache && again[1].fromCache);
        QCOMPARE(again[0].mesh.Get(), first[0].mesh.Get());

        labels.at(36, 20, 24) = 2; // a correction that grows structure 2 by a voxel
        const auto corrected = extractor.extractAll(labels, nullptr, &cache);
        QVERIFY(corrected[0].fromCache);
        QVERIFY(!corrected[1].fromCache);
    }
};

QTEST_GUILESS_MAIN(RenderingTest)
#include "RenderingTest.moc"
