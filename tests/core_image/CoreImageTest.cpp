// The ITK-free image room: reorientation to canonical LPS and back, obliquity, grid differences, stored-intensity
// declarations and ITK-SNAP label tables.
#include "core/image/GridDifference.h"
#include "core/image/LabelTable.h"
#include "core/image/Obliquity.h"
#include "core/image/StoredIntensity.h"
#include "core/image/Reorienter.h"
#include "core/util/InputError.h"

#include <QtCore/QCoreApplication>
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

// Row-major rotation by `degrees` about patient axis `axis` (0 x, 1 y, 2 z).
std::array<double, 9> rotation(int axis, double degrees) {
    const double t = degrees * 3.14159265358979323846 / 180.0, c = std::cos(t), s = std::sin(t);
    if (axis == 0) return {1, 0, 0, 0, c, -s, 0, s, c};
    if (axis == 1) return {c, 0, s, 0, 1, 0, -s, 0, c};
    return {c, -s, 0, s, c, 0, 0, 0, 1};
}

std::array<double, 9> times(const std::array<double, 9>& a, const std::array<double, 9>& b) {
    std::array<double, 9> r{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k) r[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j];
    return r;
}

VolumeGeometry gridWithDirection(const std::array<double, 9>& direction) {
    VolumeGeometry g = gridWithColumns({{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}});
    g.direction = direction;
    return g;
}

} // namespace

class CoreImageTest : public QObject {
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

    void axisAlignedGridsAreNotOblique_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("flipY");
        QTest::newRow("LPS") << "LPS" << 1;
        QTest::newRow("LAS") << "LAS" << -1;
    }
    void axisAlignedGridsAreNotOblique() {
        QFETCH(QString, code);
        QFETCH(int, flipY);
        const Obliquity o(gridWithDirection({1, 0, 0, 0, double(flipY), 0, 0, 0, 1}));
        QCOMPARE(o.degrees(), 0.0);
        QVERIFY(!o.isOblique());
        QCOMPARE(QString::fromStdString(o.nearestOrientation()), code);
        QVERIFY(QString::fromStdString(o.describe()).startsWith("not oblique"));
    }

    void rotatedGridReportsItsAngleToTheNearestPatientAxes() {
        // A short-axis-like tilt: 20 degrees about z, stored LAS (the flip must not count as obliquity).
        std::array<double, 9> d = rotation(2, 20.0);
        for (int r = 0; r < 3; ++r) d[r * 3 + 1] = -d[r * 3 + 1];
        const Obliquity o(gridWithDirection(d));
        QVERIFY(std::abs(o.degrees() - 20.0) < 1e-9);
        QVERIFY(std::abs(o.axisDegrees()[0] - 20.0) < 1e-9);
        QVERIFY(std::abs(o.axisDegrees()[1] - 20.0) < 1e-9);
        QVERIFY(std::abs(o.axisDegrees()[2]) < 1e-9);
        QVERIFY(o.isOblique());
        QCOMPARE(QString::fromStdString(o.nearestOrientation()), QString("LAS"));
        QVERIFY2(QString::fromStdString(o.describe()).startsWith("oblique: 20.0 degrees from LAS"),
                 o.describe().c_str());

        // 70 degrees about z is 20 degrees from the orientation with i and j swapped.
        const Obliquity swapped(gridWithDirection(rotation(2, 70.0)));
        QVERIFY(std::abs(swapped.degrees() - 20.0) < 1e-9);
        // A compound tilt: the single rotation angle, not the sum of the parts.
        const Obliquity compound(gridWithDirection(times(rotation(2, 10.0), rotation(0, 10.0))));
        QVERIFY(compound.degrees() > 10.0 && compound.degrees() < 20.0);
    }

    void obliqueMeansMoreThanHalfADegree() {
        QCOMPARE(Obliquity::kThresholdDegrees, 0.5);
        const Obliquity slight(gridWithDirection(rotation(0, 0.3)));
        QVERIFY(std::abs(slight.degrees() - 0.3) < 1e-9);
        QVERIFY(!slight.isOblique());
        QVERIFY(Obliquity(gridWithDirection(rotation(1, 0.7))).isOblique());
        // Header rounding noise is nowhere near.
        QVERIFY(Obliquity(gridWithDirection({1, 1e-7, 0, -1e-7, 1, 0, 0, 0, 1})).degrees() < 1e-4);
    }

    void gridDifferenceSaysWhatDiffers() {
        const VolumeGeometry image = gridWithColumns({{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}});
        QCOMPARE(QString::fromStdString(GridDifference::describe(image, image)), QString());

        VolumeGeometry shifted = image;
        shifted.origin[2] += 2.5;
        QString text = QString::fromStdString(GridDifference::describe(shifted, image));
        QVERIFY2(text.contains("origin differs by 2.5 mm") && !text.contains("direction") && !text.contains("size"),
                 qPrintable(text));

        VolumeGeometry turned = image;
        turned.direction = rotation(2, 3.0);
        text = QString::fromStdString(GridDifference::describe(turned, image));
        QVERIFY2(text.contains("direction differs by 3 degrees") && !text.contains("origin"), qPrintable(text));

        VolumeGeometry mirrored = image;
        mirrored.direction[4] = -1.0;
        text = QString::fromStdString(GridDifference::describe(mirrored, image));
        QVERIFY2(text.contains("mirrored"), qPrintable(text));

        VolumeGeometry resized = image;
        resized.size[2] = 4;
        resized.spacing[0] = 0.7;
        text = QString::fromStdString(GridDifference::describe(resized, image));
        QVERIFY2(text.contains("size 5x4x4 vs 5x4x3") && text.contains("spacing 0.7x1.5x3 vs 0.5x1.5x3 mm"),
                 qPrintable(text));
    }

    void storedIntensityDeclarationsAreChecked() {
        const StoredIntensity shared{"HU", 400.0 / 255.0, -125.0};
        QVERIFY(shared.problem().empty());
        QCOMPARE(shared.toPhysical(0.0), -125.0);
        QVERIFY(std::abs(shared.toPhysical(255.0) - 275.0) < 1e-9);
        QVERIFY(!StoredIntensity{}.declared());
        QVERIFY(StoredIntensity{}.isIdentity());
        QVERIFY(QString::fromStdString(StoredIntensity{"Hounsfield", 1.0, 0.0}.problem()).contains("HU, arbitrary"));
        QVERIFY(QString::fromStdString(StoredIntensity{"HU", 0.0, -125.0}.problem()).contains("slope"));
        QVERIFY(QString::fromStdString(StoredIntensity{"HU", std::nan(""), 0.0}.problem()).contains("slope"));
        QVERIFY(QString::fromStdString(StoredIntensity{"HU", 1.0, INFINITY}.problem()).contains("intercept"));
    }
};

// One executable for the room: this class and LabelComponentFilterTest.cpp's (Qt Test's QTEST_MAIN allows one class).
int runLabelComponentFilterTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    CoreImageTest tests;
    int failures = QTest::qExec(&tests, argc, argv);
    failures += runLabelComponentFilterTests(argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "CoreImageTest.moc"
