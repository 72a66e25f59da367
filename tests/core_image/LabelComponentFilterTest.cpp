// Connected-component post-processing (LabelComponentFilter) on synthetic label volumes.
#include "core/image/LabelComponentFilter.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <array>
#include <stdexcept>

using namespace crossseg;

namespace {

LabelVolume emptyVolume(std::size_t x, std::size_t y, std::size_t z) {
    VolumeGeometry g;
    g.size = {x, y, z};
    return LabelVolume(g, 0);
}

void fillBox(LabelVolume& v, std::uint16_t value, std::array<std::size_t, 3> from, std::array<std::size_t, 3> to) {
    for (std::size_t k = from[2]; k < to[2]; ++k)
        for (std::size_t j = from[1]; j < to[1]; ++j)
            for (std::size_t i = from[0]; i < to[0]; ++i) v.at(i, j, k) = value;
}

std::size_t countOf(const LabelVolume& v, std::uint16_t value) {
    return std::size_t(std::count(v.voxels().begin(), v.voxels().end(), value));
}

} // namespace

class LabelComponentFilterTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheLargestComponentPerClassAndDropsSmallScatter() {
        // Class 1: an organ of 6x6x6 = 216 voxels, a 2x2x2 false positive far away (8 voxels, < 10 %) and a 5x5x2
        // piece (50 voxels, 23 % of the organ) that must stay. Class 2: one 3x3x3 organ (27 voxels, smaller than
        // class 1's scatter pieces, but the largest of its own class) and a single stray voxel.
        LabelVolume v = emptyVolume(20, 20, 12);
        fillBox(v, 1, {2, 2, 2}, {8, 8, 8});
        fillBox(v, 1, {16, 16, 9}, {18, 18, 11});
        fillBox(v, 1, {12, 2, 2}, {17, 7, 4});
        fillBox(v, 2, {2, 14, 2}, {5, 17, 5});
        v.at(19, 0, 0) = 2;
        const std::size_t removed = LabelComponentFilter(LabelComponentFilter::Connectivity::Full26, 0.1).apply(v);
        QCOMPARE(removed, std::size_t(8 + 1));
        QCOMPARE(countOf(v, 1), std::size_t(216 + 50));
        QCOMPARE(countOf(v, 2), std::size_t(27));
        QCOMPARE(v.at(16, 16, 9), std::uint16_t(0));
        QCOMPARE(v.at(19, 0, 0), std::uint16_t(0));
        QCOMPARE(v.at(12, 2, 2), std::uint16_t(1));
        // A stricter fraction also drops the 23 % piece.
        LabelComponentFilter(LabelComponentFilter::Connectivity::Full26, 0.5).apply(v);
        QCOMPARE(countOf(v, 1), std::size_t(216));
    }

    void diagonalContactJoinsWith26ButNotWith6Connectivity() {
        // Two 3x3x3 cubes of class 1 touching only at one corner (voxel (2,2,2) and (3,3,3)), the second one
        // smaller by a cut-off row so that "largest" is well defined.
        const auto twoCubes = [] {
            LabelVolume v = emptyVolume(8, 8, 8);
            fillBox(v, 1, {0, 0, 0}, {3, 3, 3});
            fillBox(v, 1, {3, 3, 3}, {6, 6, 6});
            v.at(5, 5, 5) = 0;
            return v;
        };
        LabelVolume full = twoCubes();
        QCOMPARE(LabelComponentFilter(LabelComponentFilter::Connectivity::Full26, 1.0).apply(full), std::size_t(0));
        LabelVolume faces = twoCubes();
        QCOMPARE(LabelComponentFilter(LabelComponentFilter::Connectivity::Faces6, 1.0).apply(faces), std::size_t(26));
        QCOMPARE(faces.at(0, 0, 0), std::uint16_t(1));
        QCOMPARE(faces.at(3, 3, 3), std::uint16_t(0));
    }

    void componentsOfDifferentClassesDoNotMerge() {
        // A class-2 bar touching a larger class-1 block: each is its own class's largest component, both stay.
        LabelVolume v = emptyVolume(10, 10, 4);
        fillBox(v, 1, {0, 0, 0}, {5, 5, 4});
        fillBox(v, 2, {5, 0, 0}, {6, 5, 4});
        v.at(9, 9, 3) = 1; // but this lone class-1 voxel goes
        QCOMPARE(LabelComponentFilter().apply(v), std::size_t(1));
        QCOMPARE(countOf(v, 1), std::size_t(100));
        QCOMPARE(countOf(v, 2), std::size_t(20));
    }

    void refusesAFractionOutsideZeroToOne() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 LabelComponentFilter(LabelComponentFilter::Connectivity::Full26, 1.5));
    }
};

int runLabelComponentFilterTests(int argc, char** argv) {
    LabelComponentFilterTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "LabelComponentFilterTest.moc"
