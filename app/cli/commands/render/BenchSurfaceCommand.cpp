// crossseg bench surface: how fast label volumes become 3D surfaces and how fast they rotate on screen.
// Numbers for docs/BENCHMARKS.md ("3D surfaces"). The rotation part needs an X server (xvfb-run).
#include "BenchMachine.h"
#include "CommandRegistry.h"

#include "rendering/ScreenshotWriter.h"
#include "rendering/SurfaceExtractor.h"
#include "rendering/SurfaceScene.h"
#include "core/image/LabelTable.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#ifdef CROSSSEG_HAVE_ITK
#include "core/phantom/CardiacPhantom.h"
#endif

#include <nlohmann/json.hpp>

#include <vtkCamera.h>
#include <vtkRenderWindow.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

namespace crossseg::cli {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct BenchSurfaceArgs {
    std::string size = "512x512x200";
    std::string json;
    std::string screenshot;
    int frames = 60;
    bool synthetic = false;
};

std::array<std::size_t, 3> parseSize(const std::string& text) {
    std::array<std::size_t, 3> size{};
    char x1 = 0, x2 = 0;
    std::istringstream in(text);
    if (!(in >> size[0] >> x1 >> size[1] >> x2 >> size[2]) || x1 != 'x' || x2 != 'x' || size[0] < 8 || size[1] < 8 ||
        size[2] < 8)
        throw InputError("--size " + text + ": expected WxHxD, each at least 8 (e.g. 512x512x200)");
    return size;
}

// Seven ellipsoids inside the grid: the fallback where the phantom (ITK layer) is not built, or --synthetic.
LabelVolume ellipsoidLabels(const std::array<std::size_t, 3>& size) {
    VolumeGeometry g;
    g.size = size;
    g.spacing = {0.35, 0.35, 0.6};
    LabelVolume labels(g);
    const int codes[7] = {205, 420, 500, 550, 600, 820, 850};
    for (int n = 0; n < 7; ++n) {
        const double cx = size[0] * (0.25 + 0.08 * n), cy = size[1] * (0.3 + 0.06 * (n % 4)),
                     cz = size[2] * (0.3 + 0.07 * (n % 5));
        const double rx = size[0] * 0.12, ry = size[1] * 0.1, rz = size[2] * 0.14;
        for (std::size_t k = 0; k < size[2]; ++k)
            for (std::size_t j = 0; j < size[1]; ++j)
                for (std::size_t i = 0; i < size[0]; ++i) {
                    const double d = std::pow((i - cx) / rx, 2) + std::pow((j - cy) / ry, 2) + std::pow((k - cz) / rz, 2);
                    if (d <= 1.0) labels.at(i, j, k) = static_cast<std::uint16_t>(codes[n]);
                }
    }
    return labels;
}

std::string openGlRenderer(vtkRenderWindow* window) {
    std::istringstream report(window->ReportCapabilities());
    std::string line;
    while (std::getline(report, line))
        if (line.find("OpenGL renderer string") != std::string::npos) return line.substr(line.find(':') + 2);
    return "unknown";
}

nlohmann::json extractionRun(const LabelVolume& labels, rendering::ContourMethod method,
                             std::vector<rendering::StructureSurface>* keep) {
    rendering::SurfaceOptions options;
    options.contour = method;
    const auto start = Clock::now();
    auto surfaces = rendering::SurfaceExtractor(options).extractAll(labels);
    const double total = secondsSince(start);
    nlohmann::json run;
    run["method"] = rendering::SurfaceOptions::name(method);
    run["options"] = options.key();
    run["total_seconds"] = total;
    long long before = 0, after = 0;
    double contourSum = 0.0;
    for (const auto& s : surfaces) {
        run["structures"].push_back({{"label", s.label},
                                     {"voxels", s.voxelCount},
                                     {"contour_seconds", s.contourSeconds},
                                     {"seconds", s.totalSeconds},
                                     {"triangles_extracted", s.trianglesExtracted},
                                     {"triangles_final", s.trianglesFinal}});
        before += s.trianglesExtracted;
        after += s.trianglesFinal;
        contourSum += s.contourSeconds;
    }
    run["contour_seconds"] = contourSum;
    run["triangles_extracted"] = before;
    run["triangles_final"] = after;
    if (keep) *keep = std::move(surfaces);
    return run;
}

void printRun(const nlohmann::json& run) {
    std::printf("\n%s (%s)\n", run["method"].get<std::string>().c_str(), run["options"].get<std::string>().c_str());
    std::printf("  label    voxels  contour s  total s  triangles -> decimated\n");
    for (const auto& s : run["structures"])
        std::printf("  %5d %9zu %10.3f %8.3f %10lld -> %lld\n", s["label"].get<int>(), s["voxels"].get<std::size_t>(),
                    s["contour_seconds"].get<double>(), s["seconds"].get<double>(),
                    s["triangles_extracted"].get<long long>(), s["triangles_final"].get<long long>());
    std::printf("  total %.3f s (contouring %.3f s), %lld -> %lld triangles\n", run["total_seconds"].get<double>(),
                run["contour_seconds"].get<double>(), run["triangles_extracted"].get<long long>(),
                run["triangles_final"].get<long long>());
}

nlohmann::json rotationRun(std::vector<rendering::StructureSurface> surfaces, int frames,
                           const std::string& screenshot) {
    nlohmann::json result;
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        log::warn("no X display: skipping the rotation benchmark (run under xvfb-run)");
        result["skipped"] = "no X display";
        return result;
    }
    rendering::SurfaceScene scene;
    std::vector<std::string> names{"background", "myocardium", "left atrium", "left ventricle", "right atrium",
                                   "right ventricle", "ascending aorta", "pulmonary artery"};
    LabelTable table = LabelTable::forClasses(names);
    const int codes[8] = {0, 205, 420, 500, 550, 600, 820, 850};
    for (std::size_t i = 0; i < table.labels().size(); ++i) table.labels()[i].value = codes[i];
    scene.setPrediction(std::move(surfaces));
    scene.setLabelTable(table);
    scene.resetCamera();
    auto window = vtkSmartPointer<vtkRenderWindow>::New();
    window->SetOffScreenRendering(1);
    window->SetSize(1024, 768);
    window->AddRenderer(scene.renderer());
    window->Render(); // first frame uploads the meshes: not part of the rate
    if (!screenshot.empty()) rendering::ScreenshotWriter::writePng(window, screenshot);
    auto* camera = scene.renderer()->GetActiveCamera();
    const auto start = Clock::now();
    for (int f = 0; f < frames; ++f) {
        camera->Azimuth(360.0 / frames);
        scene.renderer()->ResetCameraClippingRange();
        window->Render();
    }
    const double seconds = secondsSince(start);
    result["frames"] = frames;
    result["seconds"] = seconds;
    result["fps"] = frames / seconds;
    result["window"] = "1024x768 offscreen";
    result["opengl_renderer"] = openGlRenderer(window);
    return result;
}

void setupBenchSurface(CLI::App& command) {
    auto args = std::make_shared<BenchSurfaceArgs>();
    command.add_option("--size", args->size, "Label volume size WxHxD (at least 512x512x200 for the record)")
        ->capture_default_str();
    command.add_option("--json", args->json, "Also write the results as JSON here");
    command.add_option("--frames", args->frames, "Frames of one full rotation")->capture_default_str();
    command.add_option("--screenshot", args->screenshot, "Save the first frame of the rotation as PNG");
    command.add_flag("--synthetic", args->synthetic, "Seven ellipsoids instead of the cardiac phantom");
    command.callback([args] {
        const auto size = parseSize(args->size);
        if (args->frames < 1) throw InputError("--frames must be at least 1");
        nlohmann::json report;
        report["size"] = args->size;
        report["machine"] = BenchMachine::describe();

        const auto rasterStart = Clock::now();
        LabelVolume labels;
#ifdef CROSSSEG_HAVE_ITK
        if (!args->synthetic) {
            const VolumeGeometry grid = CardiacPhantom::gridCoveringFieldOfView(PhantomModality::CT, size);
            labels = CardiacPhantom::labelsOnGrid(CardiacPhantom::anatomy(0, PhantomModality::CT, 1001), grid);
            report["volume"] = "cardiac phantom CT case 1001 (seed 0), MM-WHS labels";
        }
#endif
        if (labels.empty()) {
            labels = ellipsoidLabels(size);
            report["volume"] = "seven ellipsoids";
        }
        report["rasterise_seconds"] = secondsSince(rasterStart);
        report["grid"] = labels.geometry().describe();
        std::printf("%s: %s (made in %.1f s)\n", report["volume"].get<std::string>().c_str(),
                    report["grid"].get<std::string>().c_str(), report["rasterise_seconds"].get<double>());

        std::vector<rendering::StructureSurface> flyingEdgesSurfaces;
        report["flying_edges"] = extractionRun(labels, rendering::ContourMethod::FlyingEdges, &flyingEdgesSurfaces);
        printRun(report["flying_edges"]);
        report["marching_cubes"] = extractionRun(labels, rendering::ContourMethod::MarchingCubes, nullptr);
        printRun(report["marching_cubes"]);
        labels = LabelVolume(); // the rotation needs the meshes only

        report["rotation"] = rotationRun(std::move(flyingEdgesSurfaces), args->frames, args->screenshot);
        if (report["rotation"].contains("fps"))
            std::printf("\nrotation: %d frames in %.2f s = %.1f frames/s (%s, %s)\n", args->frames,
                        report["rotation"]["seconds"].get<double>(), report["rotation"]["fps"].get<double>(),
                        report["rotation"]["window"].get<std::string>().c_str(),
                        report["rotation"]["opengl_renderer"].get<std::string>().c_str());
        if (!args->json.empty()) AtomicFile::writeText(args->json, report.dump(2) + "\n");
    });
}

const bool registered =
    CommandRegistry::add("bench", "surface", "3D surface extraction and rotation speed", &setupBenchSurface);

} // namespace
} // namespace crossseg::cli
