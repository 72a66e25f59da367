// The ITK-free image room: reorientation to canonical LPS and back, and ITK-SNAP label tables.
#include "core/image/LabelTable.h"
#include "core/image/Reorienter.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <cmath>
#include <fstream>

using namespace crossseg;
namespace fs = std::filesystem;

namespace {

// A grid whose voxel axes point along the given patient directions (columns), with distinct sizes and spacings so
// that any mix-up of axes shows.
VolumeGeometry gridWithColumns(const std::array<std::array<double, 3>, 3>& columns) {
    VolumeGeometry g;
    g.size = {5, 4, 3};
    g.spacing = {0.5, 1.5, 3.0};
    g.origin = {12.0, -7.5, 40.0};
    for (int c = 0; c < 3; ++c)
        for (int r = 0; r < 3; ++r) g.direction[r * 3 + c] = columns[c][r];
    return g;
}

template <typename T>
Volume<T> numbered(const VolumeGeometry& g) {
    Volume<T> v(g);
    for (std::size_t n = 0; n < v.voxels().size(); ++n) v.voxels()[n] = static_cast<T>(n + 1);
    return v;
}

// Every voxel value of the original sits at the same physical point in the canonical volume.
template <typename T>
bool physicalPositionsPreserved(const Volume<T>& original, const Volume<T>& canonical) {
    const VolumeGeometry& g = original.geometry();
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) {
                const auto p = g.indexToPhysical({double(i), double(j), double(k)});
                const auto c = canonical.geometry().physicalToIndex(p);
                const long ci = std::lround(c[0]), cj = std::lround(c[1]), ck = std::lround(c[2]);
                if (std::abs(c[0] - ci) > 1e-6 || std::abs(c[1] - cj) > 1e-6 || std::abs(c[2] - ck) > 1e-6) return false;
                if (!canonical.geometry().contains(ci, cj, ck)) return false;
                if (canonical.at(ci, cj, ck) != original.at(i, j, k)) return false;
            }
    return true;
}

} // namespace

class TestCoreImage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void orientationCodesNameWhereAxesPoint() {
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(gridWithColumns({{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}))),
                 QString("LPS"));
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(gridWithColumns({{{1, 0, 0}, {0, -1, 0}, {0, 0, 1}}}))),
                 QString("LAS"));
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(gridWithColumns({{{-1, 0, 0}, {0, -1, 0}, {0, 0, 1}}}))),
                 QString("RAS"));
        // Coronal-style slices: i runs right-to-left... here i -> Left, j -> Inferior, k -> Anterior.
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(gridWithColumns({{{1, 0, 0}, {0, 0, -1}, {0, -1, 0}}}))),
                 QString("LIA"));
        // Slightly oblique axes snap to the nearest patient axis.
        const double c = std::cos(0.1), s = std::sin(0.1);
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(gridWithColumns({{{c, s, 0}, {s, -c, 0}, {0, 0, 1}}}))),
                 QString("LAS"));
    }

    void reorientationToLpsIsExactAndReversible_data() {
        QTest::addColumn<int>("caseIndex");
        QTest::newRow("LPS (identity)") << 0;
        QTest::newRow("LAS (shared MR)") << 1;
        QTest::newRow("RAS (NIfTI scanner)") << 2;
        QTest::newRow("permuted SLP") << 3;
        QTest::newRow("permuted and flipped IRA") << 4;
        QTest::newRow("oblique LAS") << 5;
    }
    void reorientationToLpsIsExactAndReversible() {
        QFETCH(int, caseIndex);
        const double c = std::cos(0.05), s = std::sin(0.05);
        const std::array<std::array<std::array<double, 3>, 3>, 6> cases{{
            {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}},
            {{{1, 0, 0}, {0, -1, 0}, {0, 0, 1}}},
            {{{-1, 0, 0}, {0, -1, 0}, {0, 0, 1}}},
            {{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}},
            {{{0, 0, -1}, {-1, 0, 0}, {0, -1, 0}}},
            {{{c, 0, s}, {0, -1, 0}, {-s, 0, c}}},
        }};
        const VolumeGeometry g = gridWithColumns(cases[caseIndex]);
        const auto labels = numbered<std::uint16_t>(g);
        const auto canonical = Reorienter::toCanonical(labels);
        QCOMPARE(QString::fromStdString(Reorienter::orientationCode(canonical.geometry())), QString("LPS"));
        // Canonical axes point along +x, +y, +z (exactly for axis-aligned input).
        for (int a = 0; a < 3; ++a) QVERIFY(canonical.geometry().direction[a * 4] > 0.99);
        QVERIFY(physicalPositionsPreserved(labels, canonical));
        const auto back = Reorienter::toOriginal(canonical, g);
        QVERIFY(back.geometry().sameGrid(g, 1e-9));
        QVERIFY(back.voxels() == labels.voxels());

        const auto image = numbered<float>(g);
        const auto imageBack = Reorienter::toOriginal(Reorienter::toCanonical(image), g);
        QVERIFY(imageBack.voxels() == image.voxels());
    }

    void lasVolumeGetsItsAnteriorRowLast() {
        // LAS: j grows towards Anterior. After reorientation j grows towards Posterior, so the row that was j = 0
        // (most posterior) must end up last, and sizes/spacings follow their axes.
        const VolumeGeometry g = gridWithColumns({{{1, 0, 0}, {0, -1, 0}, {0, 0, 1}}});
        const auto v = numbered<float>(g);
        const auto canonical = Reorienter::toCanonical(v);
        QCOMPARE(canonical.geometry().size, g.size);
        QCOMPARE(canonical.at(2, g.size[1] - 1, 1), v.at(2, 0, 1));
        QCOMPARE(canonical.at(2, 0, 1), v.at(2, g.size[1] - 1, 1));
        const auto permuted = Reorienter::toCanonical(numbered<float>(gridWithColumns({{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}})));
        // i pointed Superior (size 5, spacing 0.5): it becomes the k axis.
        QCOMPARE(permuted.geometry().size[2], std::size_t(5));
        QCOMPARE(permuted.geometry().spacing[2], 0.5);
        QCOMPARE(permuted.geometry().size[0], std::size_t(4));
        QCOMPARE(permuted.geometry().spacing[0], 1.5);
    }

    void toOriginalRefusesAVolumeFromAnotherGrid() {
        const VolumeGeometry g = gridWithColumns({{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}});
        bool threw = false;
        try {
            Reorienter::toOriginal(numbered<float>(g), g); // not the canonical grid: axes are permuted
        } catch (const std::exception&) {
            threw = true;
        }
        QVERIFY(threw);
    }

    void labelTableSurvivesSaveAndLoad() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "labels.txt";
        LabelTable table = LabelTable::forClasses({"background", "liver", "right kidney", "left_kidney", "spleen"});
        table.find(2)->visible = false;
        table.find(3)->opacity = 0.5;
        table.save(file);
        const LabelTable loaded = LabelTable::load(file);
        QCOMPARE(loaded.labels().size(), table.labels().size());
        for (std::size_t n = 0; n < table.labels().size(); ++n) {
            const auto& a = table.labels()[n];
            const auto& b = loaded.labels()[n];
            QCOMPARE(b.value, a.value);
            QCOMPARE(QString::fromStdString(b.name), QString::fromStdString(a.name));
            QVERIFY(b.rgb == a.rgb);
            QCOMPARE(b.opacity, a.opacity);
            QCOMPARE(b.visible, a.visible);
            QCOMPARE(b.meshVisible, a.meshVisible);
        }
        QCOMPARE(QString::fromStdString(loaded.find(2)->name), QString("right kidney"));
    }

    void malformedLabelLineNamesFileAndLine() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "bad-labels.txt";
        std::ofstream(file) << "# comment\n    0     0    0    0        0  0  0    \"Clear Label\"\n"
                            << "    1   255    0    zero     1  1  1    \"Liver\"\n";
        QString message;
        try {
            LabelTable::load(file);
        } catch (const InputError& e) {
            message = e.what();
        }
        QVERIFY2(message.contains("bad-labels.txt") && message.contains("line 3"), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCoreImage)
#include "TestCoreImage.moc"
