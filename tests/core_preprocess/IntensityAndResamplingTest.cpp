// Intensity normalisation and in-plane slice resizing: the numbers every network input depends on.
#include "PreprocessTestSuites.h"

#include "core/preprocess/IntensityNormalizer.h"
#include "core/preprocess/SliceResampler.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <set>

using namespace crossseg;

namespace {

ImageVolume imageOf(std::size_t nx, std::size_t ny, std::size_t nz, const std::vector<float>& values) {
    VolumeGeometry geometry;
    geometry.size = {nx, ny, nz};
    ImageVolume image(geometry);
    image.voxels() = values;
    return image;
}

} // namespace

class IntensityAndResamplingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ctWindowEndsMapToMinusOneAndOneAndOutsideIsClipped() {
        SliceCacheParameters parameters; // HU window [-250, 450]
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        const ImageVolume image = imageOf(8, 1, 1, {-1000.f, -250.f, 100.f, 450.f, 3000.f, nan, inf, -inf});
        const ImageVolume out = IntensityNormalizer(parameters, "ct").normalize(image);
        const std::vector<float> expected{-1.f, -1.f, 0.f, 1.f, 1.f, -1.f, 1.f, -1.f};
        for (std::size_t i = 0; i < expected.size(); ++i) QCOMPARE(out.voxels()[i], expected[i]);
        QCOMPARE(out.geometry().size, image.geometry().size);
    }

    void manifestWindowTakesPrecedenceOverTheHuWindow() {
        SliceCacheParameters parameters;
        parameters.intensityWindows["ct"] = {0.0, 255.0}; // the shared abdomen CT is already windowed 8-bit
        const IntensityNormalizer normalizer(parameters, "ct");
        QVERIFY(normalizer.usesFixedWindow());
        const ImageVolume out = normalizer.normalize(imageOf(3, 1, 1, {0.f, 127.5f, 255.f}));
        QCOMPARE(out.voxels()[0], -1.f);
        QCOMPARE(out.voxels()[1], 0.f);
        QCOMPARE(out.voxels()[2], 1.f);
    }

    void percentilesFollowTheLinearInterpolationDefinitionAndIgnoreNaN() {
        std::vector<float> values;
        for (int v = 100; v >= 1; --v) values.push_back(static_cast<float>(v)); // unsorted on purpose
        values.push_back(std::numeric_limits<float>::quiet_NaN());
        values.push_back(std::numeric_limits<float>::infinity());
        // numpy.percentile(np.arange(1, 101), [0.5, 50, 99.5]) == [1.495, 50.5, 99.505]
        QVERIFY(std::abs(IntensityNormalizer::percentile(values, 0.5) - 1.495) < 1e-9);
        QVERIFY(std::abs(IntensityNormalizer::percentile(values, 50.0) - 50.5) < 1e-9);
        const IntensityRange range = IntensityNormalizer::percentileRange(values, 0.5, 99.5);
        QVERIFY(std::abs(range.low - 1.495) < 1e-9);
        QVERIFY(std::abs(range.high - 99.505) < 1e-9);
        QCOMPARE(IntensityNormalizer::percentile({}, 50.0), 0.0);
    }

    void mrIsClippedToItsOwnPercentiles() {
        std::vector<float> values;
        for (int v = 0; v < 1000; ++v) values.push_back(static_cast<float>(v));
        values[500] = 1.0e6f; // one bright outlier must not squash everything else towards -1
        const ImageVolume image = imageOf(1000, 1, 1, values);
        SliceCacheParameters parameters;
        const IntensityNormalizer normalizer(parameters, "mr");
        QVERIFY(!normalizer.usesFixedWindow());
        const IntensityRange range = normalizer.rangeFor(image);
        const ImageVolume out = normalizer.normalize(image);
        QCOMPARE(out.voxels()[0], -1.f);    // below the 0.5th percentile
        QCOMPARE(out.voxels()[500], 1.f);   // the outlier is clipped
        QCOMPARE(out.voxels()[999], 1.f);   // above the 99.5th percentile
        QVERIFY(range.high < 1000.0);
        const float middle = out.voxels()[499];
        QVERIFY(middle > -0.1f && middle < 0.1f); // the bulk keeps its spread
    }

    void constantImageGivesMinusOneNotNaN() {
        const ImageVolume out = IntensityNormalizer(SliceCacheParameters{}, "mr").normalize(imageOf(4, 1, 1, {7, 7, 7, 7}));
        for (float v : out.voxels()) QCOMPARE(v, -1.f);
    }

    void bilinearResizeOfARampUsesPixelCentres() {
        // A ramp 0,1,2,3 along x, doubled: output x samples input (x + 0.5) / 2 - 0.5, edges held.
        const std::vector<float> ramp{0, 1, 2, 3};
        std::vector<float> out(8);
        SliceResampler::resizeImageSlice(ramp.data(), 1, 4, out.data(), 1, 8);
        const std::vector<float> expected{0.f, 0.25f, 0.75f, 1.25f, 1.75f, 2.25f, 2.75f, 3.f};
        for (std::size_t i = 0; i < expected.size(); ++i) QCOMPARE(out[i], expected[i]);
        // Halving averages neighbour pairs (2x2 blocks of a checkerboard of 2x2 tiles become their tile value).
        const std::vector<float> tiles{0, 0, 8, 8, 0, 0, 8, 8, 4, 4, 2, 2, 4, 4, 2, 2};
        std::vector<float> half(4);
        SliceResampler::resizeImageSlice(tiles.data(), 4, 4, half.data(), 2, 2);
        QCOMPARE(half, (std::vector<float>{0, 8, 4, 2}));
        std::vector<float> same(16);
        SliceResampler::resizeImageSlice(tiles.data(), 4, 4, same.data(), 4, 4);
        QCOMPARE(same, tiles);
    }

    void slicesAreAxialWithRowsAlongTheSecondAxis() {
        // value = 10 * j + k: every row of slice k is constant, rows grow with j, slices with k.
        VolumeGeometry geometry;
        geometry.size = {3, 2, 2};
        ImageVolume image(geometry);
        for (std::size_t k = 0; k < 2; ++k)
            for (std::size_t j = 0; j < 2; ++j)
                for (std::size_t i = 0; i < 3; ++i) image.at(i, j, k) = static_cast<float>(10 * j + k);
        const std::vector<float> slices = SliceResampler::imageSlices(image, 2, 3);
        QCOMPARE(slices, (std::vector<float>{0, 0, 0, 10, 10, 10, 1, 1, 1, 11, 11, 11}));
    }

    void labelResizeKeepsOnlyExistingLabels() {
        VolumeGeometry geometry;
        geometry.size = {37, 29, 2};
        LabelVolume labels(geometry);
        for (std::size_t k = 0; k < 2; ++k)
            for (std::size_t j = 0; j < 29; ++j)
                for (std::size_t i = 0; i < 37; ++i)
                    labels.at(i, j, k) = static_cast<std::uint16_t>((i * 7 + j * 3) % 5 == 0 ? 4 : (i > 20 ? 2 : 0));
        for (const auto& [h, w] : std::vector<std::pair<int, int>>{{64, 64}, {16, 11}, {29, 37}}) {
            const auto slices = SliceResampler::labelSlices(labels, h, w);
            QCOMPARE(slices.size(), static_cast<std::size_t>(2 * h * w));
            const std::set<std::uint8_t> found(slices.begin(), slices.end());
            for (std::uint8_t value : found) QVERIFY2(value == 0 || value == 2 || value == 4, "a class appeared that was not in the input");
        }
        labels.at(0, 0, 0) = 300;
        QVERIFY_THROWS_EXCEPTION(InputError, SliceResampler::labelSlices(labels, 8, 8));
    }

    void predictionSlicesGoBackOntoTheCanonicalGrid() {
        VolumeGeometry geometry;
        geometry.size = {10, 6, 3};
        geometry.spacing = {0.8, 0.8, 2.5};
        LabelVolume labels(geometry);
        for (std::size_t k = 0; k < 3; ++k)
            for (std::size_t j = 0; j < 6; ++j)
                for (std::size_t i = 0; i < 10; ++i) labels.at(i, j, k) = static_cast<std::uint16_t>((i / 3 + j / 2 + k) % 4);
        // An exact 2x upsampling and back must give the input again; an odd size must at least give its grid.
        const auto slices = SliceResampler::labelSlices(labels, 12, 20);
        const LabelVolume back = SliceResampler::labelSlicesToGrid(slices, 12, 20, geometry);
        QVERIFY(back.geometry().sameGrid(geometry));
        QCOMPARE(back.voxels(), labels.voxels());
        const auto odd = SliceResampler::labelSlices(labels, 7, 13);
        QCOMPARE(SliceResampler::labelSlicesToGrid(odd, 7, 13, geometry).voxels().size(), labels.voxels().size());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SliceResampler::labelSlicesToGrid(odd, 8, 13, geometry));
    }
};

int crossseg::test::runIntensityAndResamplingTests(int argc, char** argv) {
    IntensityAndResamplingTest tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "IntensityAndResamplingTest.moc"
