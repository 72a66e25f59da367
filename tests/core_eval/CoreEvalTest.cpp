// Metrics of core/eval: the exact distance transform, Dice/HD95/ASSD on analytic shapes, cross-checks against
// ITK's LabelOverlapMeasuresImageFilter and HausdorffDistanceImageFilter, empty structures, the JSON report.
#include "core/eval/EuclideanDistanceTransform.h"
#include "core/eval/EvaluationReport.h"
#include "core/eval/RunEvaluator.h"
#include "core/eval/SegmentationMetrics.h"
#include "core/eval/SurfaceDistances.h"
#include "core/eval/SurfaceVoxels.h"
#include "core/image/LabelOverlap.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <itkHausdorffDistanceImageFilter.h>
#include <itkImage.h>
#include <itkLabelOverlapMeasuresImageFilter.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <random>

using namespace crossseg;

namespace {

using ItkLabelImage = itk::Image<std::uint16_t, 3>;

VolumeGeometry grid(std::size_t nx, std::size_t ny, std::size_t nz, std::array<double, 3> spacing) {
    VolumeGeometry g;
    g.size = {nx, ny, nz};
    g.spacing = spacing;
    g.origin = {-12.0, 30.5, 7.0};
    return g;
}

// A label volume whose voxels (i, j, k) get label(i, j, k).
LabelVolume paint(const VolumeGeometry& g, const std::function<std::uint16_t(double, double, double)>& label) {
    LabelVolume v(g, 0);
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i)
                v.at(i, j, k) = label(static_cast<double>(i), static_cast<double>(j), static_cast<double>(k));
    return v;
}

// A ball in millimetres around a centre given in voxel indices.
std::function<std::uint16_t(double, double, double)> ball(std::array<double, 3> centre, double radiusMm,
                                                          std::array<double, 3> spacing, std::uint16_t value) {
    return [=](double i, double j, double k) -> std::uint16_t {
        const double dx = (i - centre[0]) * spacing[0], dy = (j - centre[1]) * spacing[1],
                     dz = (k - centre[2]) * spacing[2];
        return dx * dx + dy * dy + dz * dz <= radiusMm * radiusMm ? value : 0;
    };
}

ItkLabelImage::Pointer toItk(const LabelVolume& v) {
    auto image = ItkLabelImage::New();
    ItkLabelImage::RegionType region;
    ItkLabelImage::SizeType size;
    for (int a = 0; a < 3; ++a) size[a] = v.geometry().size[a];
    region.SetSize(size);
    image->SetRegions(region);
    ItkLabelImage::SpacingType spacing;
    ItkLabelImage::PointType origin;
    for (int a = 0; a < 3; ++a) {
        spacing[a] = v.geometry().spacing[a];
        origin[a] = v.geometry().origin[a];
    }
    image->SetSpacing(spacing);
    image->SetOrigin(origin);
    image->Allocate();
    std::copy(v.voxels().begin(), v.voxels().end(), image->GetBufferPointer());
    return image;
}

// Brute force: distance from each `from` voxel to the nearest `to` voxel, in mm.
std::vector<double> bruteForceDistances(const std::vector<std::uint8_t>& from, const std::vector<std::uint8_t>& to,
                                        const VolumeGeometry& g) {
    std::vector<std::array<double, 3>> targets;
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i)
                if (to[g.linearIndex(i, j, k)])
                    targets.push_back({i * g.spacing[0], j * g.spacing[1], k * g.spacing[2]});
    std::vector<double> result;
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                if (!from[g.linearIndex(i, j, k)]) continue;
                double best = std::numeric_limits<double>::infinity();
                for (const auto& t : targets) {
                    const double dx = i * g.spacing[0] - t[0], dy = j * g.spacing[1] - t[1],
                                 dz = k * g.spacing[2] - t[2];
                    best = std::min(best, dx * dx + dy * dy + dz * dz);
                }
                result.push_back(std::sqrt(best));
            }
    return result;
}

QString statusOf(const ClassMetrics& m) { return QString::fromStdString(crossseg::toString(m.status)); }

const ClassMetrics& metricOf(const std::vector<ClassMetrics>& all, const std::string& name) {
    for (const auto& m : all)
        if (m.className == name) return m;
    throw std::runtime_error("no metric for " + name);
}

} // namespace

class CoreEvalTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void distanceTransformIsExactWithAnisotropicSpacing() {
        const VolumeGeometry g = grid(13, 9, 7, {0.7, 1.3, 2.1});
        std::mt19937 random(7);
        std::vector<std::uint8_t> sources(g.voxelCount(), 0);
        std::vector<std::uint8_t> everywhere(g.voxelCount(), 1);
        for (int n = 0; n < 6; ++n) sources[random() % sources.size()] = 1;
        const auto squared = EuclideanDistanceTransform::squaredDistances(sources, g.size, g.spacing);
        const auto expected = bruteForceDistances(everywhere, sources, g);
        QCOMPARE(squared.size(), expected.size());
        for (std::size_t i = 0; i < squared.size(); ++i) QVERIFY(std::abs(std::sqrt(squared[i]) - expected[i]) < 1e-9);
    }

    void distanceTransformOfEmptyMaskIsInfinite() {
        const VolumeGeometry g = grid(4, 3, 2, {1, 1, 1});
        const auto squared = EuclideanDistanceTransform::squaredDistances(std::vector<std::uint8_t>(24, 0), g.size,
                                                                          g.spacing);
        for (double d : squared) QVERIFY(std::isinf(d));
    }

    void surfaceOfACubeIsItsShell() {
        const VolumeGeometry g = grid(8, 8, 8, {1, 1, 1});
        const LabelVolume cube = paint(g, [](double i, double j, double k) -> std::uint16_t {
            return i >= 2 && i <= 5 && j >= 2 && j <= 5 && k >= 2 && k <= 5 ? 3 : 0;
        });
        const auto shell = SurfaceVoxels::mask(cube, 3);
        int count = 0;
        for (auto s : shell) count += s;
        QCOMPARE(count, 4 * 4 * 4 - 2 * 2 * 2);
        QCOMPARE(int(shell[g.linearIndex(3, 3, 3)]), 0); // interior
        QCOMPARE(int(shell[g.linearIndex(2, 3, 4)]), 1); // face
    }

    // The one Dice count of CrossSeg (evaluation, validation during training, the teaching mode).
    void labelOverlapCountsEachClassAndTreatsUnknownCodesAsBackground() {
        const std::vector<std::uint8_t> prediction{0, 1, 1, 1, 2, 2, 0, 0, 9};
        const std::vector<std::uint8_t> reference{0, 1, 1, 0, 2, 0, 2, 9, 0};
        LabelOverlap overlap(4);
        overlap.add(prediction.data(), reference.data(), 5); // in two blocks, as validation adds batches
        overlap.add(prediction.data() + 5, reference.data() + 5, prediction.size() - 5);
        QCOMPARE(overlap.predictedVoxels(1), std::size_t(3));
        QCOMPARE(overlap.overlapVoxels(1), std::size_t(2));
        QCOMPARE(*overlap.dice(1), 2.0 * 2 / (3 + 2));
        QCOMPARE(*overlap.dice(2), 2.0 * 1 / (2 + 2));
        QVERIFY(!overlap.dice(3).has_value()); // in neither: undefined, left out of the mean
        QCOMPARE(overlap.referenceVoxels(0), std::size_t(5)); // the unknown code 9 counted as background
        QCOMPARE(overlap.meanForegroundDice(), (0.8 + 0.5) / 2);
        QCOMPARE(LabelOverlap(3).meanForegroundDice(), 0.0);
    }

    void offsetCubesHaveKnownDiceAndHausdorff() {
        const std::array<double, 3> spacing{0.7, 1.3, 2.0};
        const VolumeGeometry g = grid(30, 20, 16, spacing);
        // Reference: i in [5, 14]; prediction shifted by 3 voxels along i. Same j and k extent (10 x 10).
        auto cube = [](int i0) {
            return [i0](double i, double j, double k) -> std::uint16_t {
                return i >= i0 && i < i0 + 10 && j >= 5 && j < 15 && k >= 3 && k < 13 ? 1 : 0;
            };
        };
        const LabelVolume reference = paint(g, cube(5));
        const LabelVolume prediction = paint(g, cube(8));
        const auto m = SegmentationMetrics::compareClass(prediction, reference, 1, "box");
        QCOMPARE(statusOf(m), QString("ok"));
        QVERIFY(std::abs(m.dice - 0.7) < 1e-12); // 2 * 7 / (10 + 10) slabs
        // The farthest surface voxels are the two end faces: 3 voxels * 0.7 mm apart from the other's face.
        QVERIFY(std::abs(*m.hausdorffMm - 2.1) < 1e-9);
        QVERIFY(*m.hd95Mm <= *m.hausdorffMm + 1e-12);
        QVERIFY(std::abs(m.referenceVolumeMl - 1000 * 0.7 * 1.3 * 2.0 / 1000.0) < 1e-9);
        // ASSD against brute force over the two shells.
        const auto ps = SurfaceVoxels::mask(prediction, 1), rs = SurfaceVoxels::mask(reference, 1);
        const auto a = bruteForceDistances(ps, rs, g), b = bruteForceDistances(rs, ps, g);
        double sum = 0;
        for (double d : a) sum += d;
        for (double d : b) sum += d;
        QVERIFY(std::abs(*m.assdMm - sum / double(a.size() + b.size())) < 1e-9);
    }

    void concentricSpheresAreTheirRadiusDifferenceApart() {
        const std::array<double, 3> spacing{0.6, 0.6, 1.2};
        const VolumeGeometry g = grid(70, 70, 36, spacing);
        const std::array<double, 3> centre{35, 35, 18};
        const LabelVolume reference = paint(g, ball(centre, 15.0, spacing, 2));
        const LabelVolume prediction = paint(g, ball(centre, 12.0, spacing, 2));
        const auto all = SegmentationMetrics::compare(prediction, reference, {"background", "inner", "outer"});
        QCOMPARE(all.size(), std::size_t(2));
        const auto& m = metricOf(all, "outer");
        QCOMPARE(statusOf(m), QString("ok"));
        // Every surface point is 3 mm from the other surface, up to the voxelisation (one voxel at most).
        QVERIFY2(std::abs(*m.assdMm - 3.0) < 0.6, qPrintable(QString::number(*m.assdMm)));
        QVERIFY2(std::abs(*m.hd95Mm - 3.0) < 1.2, qPrintable(QString::number(*m.hd95Mm)));
        // Dice of nested balls: 2 r³ / (r³ + R³); volumes near 4/3 pi r³.
        const double expectedDice = 2.0 * 12 * 12 * 12 / (12.0 * 12 * 12 + 15.0 * 15 * 15);
        QVERIFY(std::abs(m.dice - expectedDice) < 0.02);
        QVERIFY(std::abs(m.referenceVolumeMl - 4.0 / 3.0 * M_PI * 15 * 15 * 15 / 1000.0) < 0.02 * m.referenceVolumeMl);
        // "inner" (label 1) is in neither volume.
        QCOMPARE(statusOf(metricOf(all, "inner")), QString("both_empty"));
    }

    void offsetSpheresAreTheirOffsetApart() {
        const std::array<double, 3> spacing{0.8, 0.8, 1.0};
        const VolumeGeometry g = grid(60, 50, 50, spacing);
        const LabelVolume reference = paint(g, ball({25, 25, 25}, 12.0, spacing, 1));
        const LabelVolume prediction = paint(g, ball({30, 25, 25}, 12.0, spacing, 1)); // 4 mm along x
        const auto m = SegmentationMetrics::compareClass(prediction, reference, 1, "ball");
        QVERIFY2(std::abs(*m.hausdorffMm - 4.0) < 0.8, qPrintable(QString::number(*m.hausdorffMm)));
        QVERIFY(*m.hd95Mm <= *m.hausdorffMm);
        QVERIFY(*m.assdMm < *m.hd95Mm);
    }

    void matchesItkFiltersOnAnisotropicBlobs() {
        const std::array<double, 3> spacing{0.8, 1.1, 2.5};
        const VolumeGeometry g = grid(48, 40, 24, spacing);
        // Three irregular structures (unions of balls), the prediction perturbed per class.
        std::mt19937 random(42);
        std::uniform_real_distribution<double> jitter(-2.5, 2.5);
        auto blobs = [&](bool perturb) {
            LabelVolume v(g, 0);
            const std::array<std::array<double, 4>, 3> base{{{14, 14, 8, 7.0}, {32, 22, 12, 9.0}, {20, 30, 15, 6.0}}};
            for (int c = 0; c < 3; ++c) {
                for (int part = 0; part < 3; ++part) {
                    std::array<double, 3> centre{base[c][0] + 2.0 * part, base[c][1] - 1.5 * part, base[c][2] + part};
                    double radius = base[c][3] - part;
                    if (perturb) {
                        for (auto& x : centre) x += jitter(random);
                        radius += jitter(random) * 0.5;
                    }
                    const auto inside = ball(centre, radius, spacing, static_cast<std::uint16_t>(c + 1));
                    for (std::size_t k = 2; k + 2 < g.size[2]; ++k)
                        for (std::size_t j = 2; j + 2 < g.size[1]; ++j)
                            for (std::size_t i = 2; i + 2 < g.size[0]; ++i)
                                if (auto l = inside(double(i), double(j), double(k))) v.at(i, j, k) = l;
                }
            }
            return v;
        };
        const LabelVolume reference = blobs(false);
        const LabelVolume prediction = blobs(true);
        const std::vector<std::string> classes{"background", "a", "b", "c"};
        const auto ours = SegmentationMetrics::compare(prediction, reference, classes);

        auto overlap = itk::LabelOverlapMeasuresImageFilter<ItkLabelImage>::New();
        overlap->SetSourceImage(toItk(prediction));
        overlap->SetTargetImage(toItk(reference));
        overlap->Update();
        for (const auto& m : ours) {
            QCOMPARE(statusOf(m), QString("ok"));
            QVERIFY2(std::abs(m.dice - overlap->GetDiceCoefficient(m.classIndex)) < 1e-9, m.className.c_str());

            // ITK measures between all voxels of the two images; on the surface-voxel images that is exactly
            // our surface-distance definition.
            const auto label = static_cast<std::uint16_t>(m.classIndex);
            auto hausdorff = itk::HausdorffDistanceImageFilter<ItkLabelImage, ItkLabelImage>::New();
            hausdorff->SetInput1(toItk(SurfaceVoxels::asVolume(prediction, label)));
            hausdorff->SetInput2(toItk(SurfaceVoxels::asVolume(reference, label)));
            hausdorff->SetUseImageSpacing(true);
            hausdorff->Update();
            QVERIFY2(std::abs(*m.hausdorffMm - hausdorff->GetHausdorffDistance()) < 1e-4, m.className.c_str());
            QVERIFY(*m.hd95Mm <= hausdorff->GetHausdorffDistance() + 1e-9);
            QVERIFY(*m.hd95Mm > 0.0);
            const auto distances = SurfaceDistances::between(prediction, reference, label);
            QVERIFY2(std::abs(distances.averageOfDirectedMeans() - hausdorff->GetAverageHausdorffDistance()) < 1e-4,
                     m.className.c_str());
            QVERIFY(std::abs(distances.averageSymmetric() - *m.assdMm) < 1e-12);
        }
    }

    void identicalVolumesAreAPerfectMatch() {
        const std::array<double, 3> spacing{1.0, 1.0, 3.0};
        const VolumeGeometry g = grid(30, 30, 12, spacing);
        const LabelVolume v = paint(g, ball({15, 15, 6}, 8.0, spacing, 1));
        const auto m = SegmentationMetrics::compareClass(v, v, 1, "x");
        QCOMPARE(m.dice, 1.0);
        QCOMPARE(*m.hd95Mm, 0.0);
        QCOMPARE(*m.assdMm, 0.0);
    }

    void emptyStructuresAreReportedNotZeroed() {
        const std::array<double, 3> spacing{1.0, 1.0, 2.0};
        const VolumeGeometry g = grid(20, 20, 10, spacing);
        const LabelVolume nothing(g, 0);
        const LabelVolume something = paint(g, ball({10, 10, 5}, 5.0, spacing, 1));

        const auto missed = SegmentationMetrics::compareClass(nothing, something, 1, "organ");
        QCOMPARE(statusOf(missed), QString("prediction_empty"));
        QCOMPARE(missed.dice, 0.0);
        QVERIFY(!missed.hd95Mm && !missed.assdMm && !missed.hausdorffMm);
        QVERIFY(missed.referenceVolumeMl > 0.0);

        const auto invented = SegmentationMetrics::compareClass(something, nothing, 1, "organ");
        QCOMPARE(statusOf(invented), QString("reference_empty"));
        QCOMPARE(invented.dice, 0.0);
        QVERIFY(!invented.hd95Mm);

        const auto absent = SegmentationMetrics::compareClass(nothing, nothing, 1, "organ");
        QCOMPARE(statusOf(absent), QString("both_empty"));
        QCOMPARE(absent.dice, 1.0);
        QVERIFY(!absent.hd95Mm);
        QVERIFY(!absent.countsInMeans());
    }

    void differentGridsAreRefused() {
        const LabelVolume a(grid(10, 10, 10, {1, 1, 1}), 0);
        const LabelVolume b(grid(10, 10, 10, {1, 1, 2}), 0);
        QVERIFY_THROWS_EXCEPTION(InputError, SegmentationMetrics::compare(a, b, {"background", "x"}));
    }

    void reportAggregatesAndWritesTheAgreedJson() {
        const std::array<double, 3> spacing{1.0, 1.0, 1.0};
        const VolumeGeometry g = grid(40, 40, 20, spacing);
        const std::vector<std::string> classes{"background", "liver", "spleen"};
        const LabelVolume reference = paint(g, [](double i, double, double) -> std::uint16_t {
            return i >= 5 && i < 15 ? 1 : (i >= 25 && i < 35 ? 2 : 0);
        });
        // Case A: perfect. Case B: spleen missed entirely.
        LabelVolume missedSpleen = reference;
        for (auto& v : missedSpleen.voxels())
            if (v == 2) v = 0;
        EvaluationReport report("mkd-iam", classes, "ensemble");
        report.addCase("ensemble", "case_a", SegmentationMetrics::compare(reference, reference, classes));
        report.addCase("ensemble", "case_b", SegmentationMetrics::compare(missedSpleen, reference, classes));
        report.addCase("real", "case_a", SegmentationMetrics::compare(missedSpleen, reference, classes));

        const auto spleen = report.classSummary("ensemble", "spleen");
        QCOMPARE(*spleen.dice, 0.5); // (1 + 0) / 2: the miss costs Dice...
        QCOMPARE(*spleen.hd95Mm, 0.0); // ...and is left out of the distance mean, counted instead
        QCOMPARE(spleen.missingDistanceCases, 1);
        QCOMPARE(*report.modelSummary("ensemble").dice, 0.75);

        const auto tmp = QDir::temp().filePath("crossseg-eval-report-test.json").toStdString();
        report.save(tmp);
        std::ifstream in(tmp);
        const auto json = nlohmann::json::parse(in);
        std::filesystem::remove(tmp);
        QCOMPARE(QString::fromStdString(json.at("method").get<std::string>()), QString("mkd-iam"));
        QCOMPARE(json.at("mean_dice").get<double>(), 0.75);
        const auto& ensemble = json.at("models").at("ensemble");
        for (const char* key : {"mean_dice", "mean_hd95_mm", "mean_assd_mm", "per_class", "per_case"})
            QVERIFY2(ensemble.contains(key), key);
        QCOMPARE(ensemble.at("per_class").at("liver").at("dice").get<double>(), 1.0);
        for (const char* key : {"dice", "hd95_mm", "assd_mm"})
            QVERIFY2(ensemble.at("per_class").at("spleen").contains(key), key);
        const auto& missed = ensemble.at("per_case").at("case_b").at("per_class").at("spleen");
        QVERIFY(missed.at("hd95_mm").is_null());
        QCOMPARE(QString::fromStdString(missed.at("status").get<std::string>()), QString("prediction_empty"));
        QCOMPARE(json.at("models").at("real").at("mean_dice").get<double>(), 0.5);
        QVERIFY(QString::fromStdString(report.table()).contains("prediction_empty") == false);
        QVERIFY(QString::fromStdString(report.table()).contains("1 without distances"));
    }

    void aBadRunFolderIsNamedInTheError() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        for (const auto& run : {root / "missing", root}) {
            try {
                RunEvaluator::requireRunFolder(run);
                QFAIL("a folder without config.json was accepted as a run");
            } catch (const InputError& e) {
                QVERIFY2(QString(e.what()).contains(QString::fromStdString(run.string())), e.what());
            }
        }
        std::ofstream(root / "config.json") << "{}";
        RunEvaluator::requireRunFolder(root); // the cheap check only looks for the run's files
    }
};

int runCoreEvalTests(int argc, char** argv) {
    CoreEvalTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "CoreEvalTest.moc"
