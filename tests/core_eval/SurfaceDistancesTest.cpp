// Surface distances inside a box (SurfaceDistances::inBox, SurfaceVoxels::maskIn, VoxelBox) against the same
// quantities computed over the whole grid: evaluation computes them only where the structures are, and that must
// change no number a user reads.
#include "core/eval/EuclideanDistanceTransform.h"
#include "core/eval/SegmentationMetrics.h"
#include "core/eval/SurfaceDistances.h"
#include "core/eval/SurfaceVoxels.h"
#include "core/eval/VoxelBox.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace crossseg;

namespace {

// An anisotropic CT-like grid with three structures of irregular shape (unions of random boxes and balls), one of
// them touching the grid's border, plus, in the prediction, a small spurious blob far from its structure and a
// label value (7) outside the class list.
struct Pair {
    LabelVolume prediction, reference;
};

Pair structures(unsigned seed) {
    VolumeGeometry g;
    g.size = {61, 47, 19};
    g.spacing = {0.7, 0.9, 2.5};
    g.origin = {-30.0, 12.0, 4.0};
    std::mt19937 random(seed);
    Pair pair{LabelVolume(g, 0), LabelVolume(g, 0)};
    auto blob = [&](LabelVolume& v, std::uint16_t label, std::array<double, 3> centre, double radiusMm) {
        for (std::size_t k = 0; k < g.size[2]; ++k)
            for (std::size_t j = 0; j < g.size[1]; ++j)
                for (std::size_t i = 0; i < g.size[0]; ++i) {
                    const double dx = (double(i) - centre[0]) * g.spacing[0],
                                 dy = (double(j) - centre[1]) * g.spacing[1],
                                 dz = (double(k) - centre[2]) * g.spacing[2];
                    if (dx * dx + dy * dy + dz * dz <= radiusMm * radiusMm) v.at(i, j, k) = label;
                }
    };
    std::uniform_real_distribution<double> jitter(-2.0, 2.0);
    const std::array<std::array<double, 4>, 3> organs{{{15, 15, 8, 8.0}, {42, 30, 10, 9.0}, {58, 8, 3, 7.0}}};
    for (int c = 0; c < 3; ++c) {
        const auto label = static_cast<std::uint16_t>(c + 1);
        for (int part = 0; part < 3; ++part) {
            std::array<double, 3> centre{organs[c][0] + 2.0 * part, organs[c][1] - 1.5 * part, organs[c][2] + part};
            blob(pair.reference, label, centre, organs[c][3] - part);
            for (auto& x : centre) x += jitter(random);
            blob(pair.prediction, label, centre, organs[c][3] - part + 0.5 * jitter(random));
        }
    }
    blob(pair.prediction, 1, {50, 40, 15}, 2.5); // a false positive of class 1, far from the reference's
    blob(pair.prediction, 7, {30, 40, 5}, 2.0);  // a value outside the class list: background for every class
    return pair;
}

// The reference definition on the whole grid: surface masks of the whole volume, distance transforms over the
// whole volume.
std::vector<double> fullGridDirected(const std::vector<std::uint8_t>& from, const std::vector<std::uint8_t>& to,
                                     const VolumeGeometry& g) {
    const auto squared = EuclideanDistanceTransform::squaredDistances(to, g.size, g.spacing);
    std::vector<double> distances;
    for (std::size_t i = 0; i < from.size(); ++i)
        if (from[i]) distances.push_back(std::sqrt(squared[i]));
    return distances;
}

bool sameDistances(std::vector<double> a, std::vector<double> b) {
    if (a.size() != b.size()) return false;
    // Sorted, because the box and the grid may visit the voxels in the same order, but need not.
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-9) return false;
    return true;
}

} // namespace

class SurfaceDistancesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boxesOfEveryLabelComeFromOnePass() {
        const Pair pair = structures(1);
        const auto& g = pair.prediction.geometry();
        const auto boxes = VoxelBox::perLabel(pair.prediction, 5);
        QCOMPARE(boxes.size(), std::size_t(5));
        QVERIFY(boxes[0].empty); // background: not tracked
        QVERIFY(boxes[4].empty); // absent label
        for (std::uint16_t label = 1; label <= 3; ++label) {
            VoxelBox expected;
            for (std::size_t k = 0; k < g.size[2]; ++k)
                for (std::size_t j = 0; j < g.size[1]; ++j)
                    for (std::size_t i = 0; i < g.size[0]; ++i)
                        if (pair.prediction.at(i, j, k) == label) expected.include(i, j, k);
            QVERIFY(!boxes[label].empty);
            QVERIFY(boxes[label].low == expected.low);
            QVERIFY(boxes[label].high == expected.high);
        }
        QCOMPARE(boxes[3].high[0], g.size[0] - 1); // the structure that touches the border
        QCOMPARE(VoxelBox::of(g).voxelCount(), g.voxelCount());
    }

    void surfaceInsideABoxIsTheFullSurfaceCropped() {
        const Pair pair = structures(2);
        const auto& g = pair.reference.geometry();
        // Any box, even one that cuts a structure: neighbours outside the box are read from the volume, so a cut
        // does not create surface.
        VoxelBox box;
        box.include(10, 5, 3);
        box.include(59, 40, 17);
        for (std::uint16_t label = 1; label <= 3; ++label) {
            const auto full = SurfaceVoxels::mask(pair.reference, label);
            const auto inBox = SurfaceVoxels::maskIn(pair.reference, label, box);
            QCOMPARE(inBox.size(), box.voxelCount());
            std::size_t n = 0;
            for (std::size_t k = box.low[2]; k <= box.high[2]; ++k)
                for (std::size_t j = box.low[1]; j <= box.high[1]; ++j)
                    for (std::size_t i = box.low[0]; i <= box.high[0]; ++i, ++n)
                        QCOMPARE(inBox[n], full[g.linearIndex(i, j, k)]);
        }
    }

    void distancesInTheBoxEqualThoseOnTheWholeGrid() {
        for (unsigned seed : {3u, 4u, 5u}) {
            const Pair pair = structures(seed);
            const auto& g = pair.reference.geometry();
            for (std::uint16_t label = 1; label <= 3; ++label) {
                const auto ps = SurfaceVoxels::mask(pair.prediction, label);
                const auto rs = SurfaceVoxels::mask(pair.reference, label);
                const auto distances = SurfaceDistances::between(pair.prediction, pair.reference, label);
                QVERIFY(distances.defined());
                QVERIFY(sameDistances(distances.predictionToReference(), fullGridDirected(ps, rs, g)));
                QVERIFY(sameDistances(distances.referenceToPrediction(), fullGridDirected(rs, ps, g)));
                // A larger box than needed gives the same distances too.
                const auto inWholeGrid =
                    SurfaceDistances::inBox(pair.prediction, pair.reference, label, VoxelBox::of(g));
                QVERIFY(sameDistances(inWholeGrid.predictionToReference(), distances.predictionToReference()));
                QVERIFY(sameDistances(inWholeGrid.referenceToPrediction(), distances.referenceToPrediction()));
            }
        }
    }

    void allClassesAtOnceEqualEachClassAlone() {
        const Pair pair = structures(6);
        const std::vector<std::string> classes{"background", "liver", "kidney", "spleen", "absent"};
        const auto all = SegmentationMetrics::compare(pair.prediction, pair.reference, classes);
        QCOMPARE(all.size(), std::size_t(4));
        for (const auto& m : all) {
            const auto alone = SegmentationMetrics::compareClass(pair.prediction, pair.reference, m.classIndex,
                                                                 m.className);
            QVERIFY(m.status == alone.status);
            QCOMPARE(m.dice, alone.dice);
            QCOMPARE(m.predictionVoxels, alone.predictionVoxels);
            QCOMPARE(m.referenceVoxels, alone.referenceVoxels);
            QVERIFY(m.hd95Mm == alone.hd95Mm);
            QVERIFY(m.assdMm == alone.assdMm);
            QVERIFY(m.hausdorffMm == alone.hausdorffMm);
            if (m.classIndex == 4) {
                QVERIFY(m.status == MetricStatus::BothEmpty);
                continue;
            }
            // And the distances are those of the whole-grid definition.
            const auto label = static_cast<std::uint16_t>(m.classIndex);
            const auto& g = pair.reference.geometry();
            const auto ps = SurfaceVoxels::mask(pair.prediction, label);
            const auto rs = SurfaceVoxels::mask(pair.reference, label);
            auto pooled = fullGridDirected(ps, rs, g);
            const auto back = fullGridDirected(rs, ps, g);
            pooled.insert(pooled.end(), back.begin(), back.end());
            QVERIFY(std::abs(*m.hausdorffMm - *std::max_element(pooled.begin(), pooled.end())) < 1e-9);
            double sum = 0.0;
            for (double d : pooled) sum += d;
            QVERIFY(std::abs(*m.assdMm - sum / double(pooled.size())) < 1e-9);
        }
    }
};

int runSurfaceDistancesTests(int argc, char** argv) {
    SurfaceDistancesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "SurfaceDistancesTest.moc"
