// Image IO: real round trips through ITK's file formats and every bad input the reader must refuse.
#include "core/io/VolumeReader.h"
#include "core/io/VolumeWriter.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "InputErrorText.h"

#include "TestData.h"

#include <itkGDCMImageIO.h>
#include <itkImageFileWriter.h>
#include <itkImageSeriesWriter.h>
#include <itkMetaDataObject.h>
#include <itkNumericSeriesFileNames.h>
#include <itkVectorImage.h>

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <memory>

using namespace crossseg;
namespace fs = std::filesystem;

namespace {

// A small grid that is deliberately not the identity: LAS-like flipped y, anisotropic spacing, offset origin.
VolumeGeometry testGeometry() {
    VolumeGeometry g;
    g.size = {7, 5, 4};
    g.spacing = {0.75, 1.25, 2.5};
    g.origin = {-10.5, 20.25, 3.0};
    g.direction = {1, 0, 0, 0, -1, 0, 0, 0, 1};
    return g;
}

ImageVolume testImage() {
    ImageVolume v(testGeometry());
    for (std::size_t n = 0; n < v.voxels().size(); ++n) v.voxels()[n] = static_cast<float>(n) * 1.5f - 40.25f;
    return v;
}

using test::inputErrorOf;

void writeBytes(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string readBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

void compareGeometry(const VolumeGeometry& a, const VolumeGeometry& b, double tolerance = 1e-5) {
    QVERIFY(a.size == b.size);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(std::abs(a.spacing[i] - b.spacing[i]) < tolerance, "spacing differs");
        QVERIFY2(std::abs(a.origin[i] - b.origin[i]) < tolerance, "origin differs");
    }
    for (int i = 0; i < 9; ++i) QVERIFY2(std::abs(a.direction[i] - b.direction[i]) < tolerance, "direction differs");
}

std::size_t filesIn(const fs::path& folder) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(folder)) {
        (void)e;
        ++n;
    }
    return n;
}

// A 6 x 5 x 4 int16 CT series (stored values n * 7 - 50) written slice by slice with GDCM into `folder`, each slice
// with its own position as scanners write them, plus `extraTags` (DICOM "gggg|eeee" -> value) in every slice.
void writeDicomSeries(const fs::path& folder, const std::map<std::string, std::string>& extraTags = {}) {
    using Image3 = itk::Image<std::int16_t, 3>;
    using Image2 = itk::Image<std::int16_t, 2>;
    auto image = Image3::New();
    Image3::RegionType region;
    region.SetSize({{6, 5, 4}});
    image->SetRegions(region);
    Image3::SpacingType spacing;
    spacing[0] = 0.8;
    spacing[1] = 0.9;
    spacing[2] = 2.0;
    image->SetSpacing(spacing);
    Image3::PointType origin;
    origin[0] = -20.0;
    origin[1] = 15.5;
    origin[2] = 100.0;
    image->SetOrigin(origin);
    image->Allocate();
    for (std::size_t n = 0; n < 6 * 5 * 4; ++n) image->GetBufferPointer()[n] = static_cast<std::int16_t>(n * 7 - 50);

    fs::create_directories(folder);
    auto names = itk::NumericSeriesFileNames::New();
    names->SetStartIndex(1);
    names->SetEndIndex(4);
    names->SetIncrementIndex(1);
    names->SetSeriesFormat((folder / "slice%03d.dcm").string());
    // GDCM writes each slice's position only from its dictionary: give every slice its own, as scanners do.
    itk::ImageSeriesWriter<Image3, Image2>::DictionaryArrayType dictionaries;
    std::vector<std::unique_ptr<itk::MetaDataDictionary>> storage;
    for (int k = 0; k < 4; ++k) {
        storage.push_back(std::make_unique<itk::MetaDataDictionary>());
        auto& d = *storage.back();
        itk::EncapsulateMetaData<std::string>(d, "0020|000d", "1.2.826.0.1.3680043.2.1125.1.1");
        itk::EncapsulateMetaData<std::string>(d, "0020|000e", "1.2.826.0.1.3680043.2.1125.1.2");
        itk::EncapsulateMetaData<std::string>(d, "0008|0060", "CT");
        itk::EncapsulateMetaData<std::string>(d, "0020|0037", "1\\0\\0\\0\\1\\0");
        itk::EncapsulateMetaData<std::string>(
            d, "0020|0032", "-20\\15.5\\" + std::to_string(100.0 + 2.0 * k));
        itk::EncapsulateMetaData<std::string>(d, "0020|0013", std::to_string(k + 1));
        itk::EncapsulateMetaData<std::string>(d, "0018|0050", "2");
        itk::EncapsulateMetaData<std::string>(d, "0028|0030", "0.9\\0.8");
        for (const auto& [tag, value] : extraTags) itk::EncapsulateMetaData<std::string>(d, tag, value);
        dictionaries.push_back(&d);
    }
    auto io = itk::GDCMImageIO::New();
    io->KeepOriginalUIDOn();
    auto writer = itk::ImageSeriesWriter<Image3, Image2>::New();
    writer->SetInput(image);
    writer->SetImageIO(io);
    writer->SetFileNames(names->GetFileNames());
    writer->SetMetaDataDictionaryArray(&dictionaries);
    writer->Update();
}

} // namespace

class CoreIoTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    fs::path path(const std::string& name) const { return fs::path(dir_.path().toStdString()) / name; }

private Q_SLOTS:
    void imageRoundTripKeepsGeometryAndVoxels_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("nii") << "image.nii";
        QTest::newRow("nii.gz") << "image.nii.gz";
        QTest::newRow("mha") << "image.mha";
        QTest::newRow("mhd") << "image.mhd";
        QTest::newRow("nrrd") << "image.nrrd";
    }
    void imageRoundTripKeepsGeometryAndVoxels() {
        QFETCH(QString, name);
        const fs::path file = path(name.toStdString());
        const ImageVolume written = testImage();
        VolumeWriter::writeImage(written, file);
        const ImageVolume read = VolumeReader::readImage(file);
        compareGeometry(read.geometry(), written.geometry());
        QVERIFY(read.voxels() == written.voxels());
        const auto header = VolumeReader::readHeader(file);
        QCOMPARE(QString::fromStdString(header.componentType), QString("float"));
        QCOMPARE(header.components, 1u);
        compareGeometry(header.geometry, written.geometry());
    }

    void detachedMetaImageHeaderPointsAtItsFinalDataFile() {
        const fs::path file = path("detached.mhd");
        VolumeWriter::writeImage(testImage(), file);
        const std::string header = readBytes(file);
        QVERIFY2(header.find("ElementDataFile = detached.") != std::string::npos, header.c_str());
        QVERIFY(header.find(".tmp-") == std::string::npos);
    }

    void labelsRoundTripWithSmallestIntegerType() {
        LabelVolume labels(testGeometry());
        for (std::size_t n = 0; n < labels.voxels().size(); ++n) labels.voxels()[n] = (n % 3) * 2;
        VolumeWriter::writeLabels(labels, path("small.nii.gz"));
        QCOMPARE(QString::fromStdString(VolumeReader::readHeader(path("small.nii.gz")).componentType), QString("uint8"));
        QVERIFY(VolumeReader::readLabels(path("small.nii.gz")).voxels() == labels.voxels());

        // MM-WHS codes do not fit 8 bits.
        const std::uint16_t codes[] = {0, 205, 420, 500, 550, 600, 820, 850};
        for (std::size_t n = 0; n < labels.voxels().size(); ++n) labels.voxels()[n] = codes[n % 8];
        VolumeWriter::writeLabels(labels, path("codes.nii.gz"));
        QCOMPARE(QString::fromStdString(VolumeReader::readHeader(path("codes.nii.gz")).componentType), QString("uint16"));
        const LabelVolume read = VolumeReader::readLabels(path("codes.nii.gz"));
        compareGeometry(read.geometry(), labels.geometry());
        QVERIFY(read.voxels() == labels.voxels());
    }

    void dicomSeriesFolderReadsWithGeometry() {
        const fs::path folder = path("dicom");
        writeDicomSeries(folder);
        QVERIFY(VolumeReader::isSupportedPath(folder));
        const ImageVolume read = VolumeReader::readImage(folder);
        QCOMPARE(read.size(0), std::size_t(6));
        QCOMPARE(read.size(1), std::size_t(5));
        QCOMPARE(read.size(2), std::size_t(4));
        VolumeGeometry expected;
        expected.size = {6, 5, 4};
        expected.spacing = {0.8, 0.9, 2.0};
        expected.origin = {-20.0, 15.5, 100.0};
        compareGeometry(read.geometry(), expected, 1e-3);
        for (std::size_t n = 0; n < read.voxels().size(); ++n)
            QCOMPARE(read.voxels()[n], static_cast<float>(static_cast<std::int16_t>(n * 7 - 50)));
    }

    // Issue 13: a DICOM series is read in physical units. The file holds stored numbers and the rescale in
    // (0028,1052)/(0028,1053) (GDCM's writer turned the given values into stored = (value + 1024) / 2); ITK's
    // GDCMImageIO applies physical = stored x slope + intercept while reading, so VolumeReader's output is already
    // HU and PhysicalIntensity needs no declaration for DICOM.
    void dicomRescaleSlopeAndInterceptAreApplied() {
        const fs::path folder = path("dicom-rescaled");
        writeDicomSeries(folder, {{"0028|1052", "-1024"}, {"0028|1053", "2"}});
        const ImageVolume read = VolumeReader::readImage(folder);
        QCOMPARE(read.voxels().size(), std::size_t(6 * 5 * 4));
        for (int k = 0; k < 4; ++k) {
            // The stored numbers: the pixel data, last element of each uncompressed slice file.
            const std::string bytes = readBytes(folder / QString::asprintf("slice%03d.dcm", k + 1).toStdString());
            QVERIFY(bytes.size() > 60);
            std::int16_t stored[30];
            std::memcpy(stored, bytes.data() + bytes.size() - sizeof stored, sizeof stored);
            for (int n = 0; n < 30; ++n) {
                const std::size_t index = std::size_t(k) * 30 + std::size_t(n);
                QVERIFY(read.voxels()[index] != static_cast<float>(stored[n])); // the rescale is not the identity
                QCOMPARE(read.voxels()[index], static_cast<float>(2.0 * stored[n] - 1024.0));
                // Within the rounding of the stored integers, the values that were written come back.
                QVERIFY(std::abs(read.voxels()[index] - static_cast<float>(index * 7) + 50.0f) <= 1.0f);
            }
        }
    }

    // A NIfTI whose header carries scl_slope/scl_inter (some converters store CT as raw numbers plus intercept
    // -1024) is read in physical units too: ITK's NiftiImageIO applies them.
    void niftiSclSlopeAndInterceptAreApplied() {
        using Image3 = itk::Image<std::int16_t, 3>;
        auto image = Image3::New();
        Image3::RegionType region;
        region.SetSize({{4, 3, 2}});
        image->SetRegions(region);
        image->Allocate();
        for (std::size_t n = 0; n < 24; ++n) image->GetBufferPointer()[n] = static_cast<std::int16_t>(n * 40);
        const fs::path file = path("scaled.nii");
        auto writer = itk::ImageFileWriter<Image3>::New();
        writer->SetInput(image);
        writer->SetFileName(file.string());
        writer->Update();
        // scl_slope and scl_inter: float32 at bytes 112 and 116 of the NIfTI-1 header.
        std::string bytes = readBytes(file);
        const float slope = 1.0f, intercept = -1024.0f;
        std::memcpy(&bytes[112], &slope, 4);
        std::memcpy(&bytes[116], &intercept, 4);
        writeBytes(file, bytes);
        const ImageVolume read = VolumeReader::readImage(file);
        for (std::size_t n = 0; n < 24; ++n) QCOMPARE(read.voxels()[n], static_cast<float>(n * 40) - 1024.0f);
    }

    void missingFileNamesFileAndCause() {
        const fs::path file = path("absent.nii.gz");
        const QString message = inputErrorOf([&] { VolumeReader::readImage(file); });
        QVERIFY2(message.contains(QString::fromStdString(file.string())), qPrintable(message));
        QVERIFY2(message.contains("does not exist"), qPrintable(message));
    }

    void unsupportedFormatIsRefused() {
        const fs::path file = path("picture.png");
        writeBytes(file, "\x89PNG not really");
        const QString message = inputErrorOf([&] { VolumeReader::readImage(file); });
        QVERIFY2(message.contains("picture.png") && message.contains("unsupported format"), qPrintable(message));
        QVERIFY(!VolumeReader::isSupportedPath(file));
        QVERIFY(VolumeReader::isSupportedPath(path("x.NII.GZ")));
    }

    void emptyFileIsRefused() {
        const fs::path file = path("empty.nii");
        writeBytes(file, "");
        const QString message = inputErrorOf([&] { VolumeReader::readImage(file); });
        QVERIFY2(message.contains("empty.nii") && message.contains("empty"), qPrintable(message));
    }

    void truncatedFileIsRefused_data() {
        QTest::addColumn<QString>("extension");
        QTest::newRow("nii.gz") << ".nii.gz";
        QTest::newRow("nii") << ".nii";
        QTest::newRow("mha") << ".mha";
        QTest::newRow("nrrd") << ".nrrd";
    }
    void truncatedFileIsRefused() {
        // ITK's NIfTI and MetaImage readers return zero-filled voxels for a cut-off file: the reader must not.
        QFETCH(QString, extension);
        const fs::path good = path("whole" + extension.toStdString());
        ImageVolume big(VolumeGeometry{{40, 40, 20}, {1, 1, 1}, {0, 0, 0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}});
        for (std::size_t n = 0; n < big.voxels().size(); ++n) big.voxels()[n] = static_cast<float>((n * 7919) % 1000);
        VolumeWriter::writeImage(big, good);
        const std::string bytes = readBytes(good);
        const fs::path cut = path("cut" + extension.toStdString());
        writeBytes(cut, bytes.substr(0, bytes.size() / 2));
        const QString message = inputErrorOf([&] { VolumeReader::readImage(cut); });
        QVERIFY2(message.contains(QString::fromStdString(cut.filename().string())), qPrintable(message));
        QVERIFY2(!message.startsWith("NO ERROR") && !message.startsWith("NOT AN"), qPrintable(message));
    }

    void corruptFileIsRefused() {
        const fs::path garbage = path("garbage.nii.gz");
        writeBytes(garbage, std::string(4000, 'x'));
        QString message = inputErrorOf([&] { VolumeReader::readImage(garbage); });
        QVERIFY2(message.contains("garbage.nii.gz") && !message.startsWith("NO"), qPrintable(message));

        const fs::path header = path("broken.mha");
        writeBytes(header, "ObjectType = Image\nNDims = 3\nDimSize = 4 4 4\nElementType = MET_FLOAT\n"
                           "ElementDataFile = LOCAL\nshort");
        message = inputErrorOf([&] { VolumeReader::readImage(header); });
        QVERIFY2(message.contains("broken.mha") && !message.startsWith("NO"), qPrintable(message));
    }

    void zeroSizeVolumeIsRefused() {
        const fs::path file = path("zero.mha");
        writeBytes(file, "ObjectType = Image\nNDims = 3\nDimSize = 0 4 4\nElementType = MET_FLOAT\n"
                         "ElementDataFile = LOCAL\n");
        const QString message = inputErrorOf([&] { VolumeReader::readImage(file); });
        QVERIFY2(message.contains("zero.mha") && !message.startsWith("NO"), qPrintable(message));

        const QString written = inputErrorOf([&] { VolumeWriter::writeImage(ImageVolume(), path("nothing.nii")); });
        QVERIFY2(written.contains("zero-size"), qPrintable(written));
        QVERIFY(!fs::exists(path("nothing.nii")));
    }

    void nanAndInfIntensitiesAreRefused() {
        ImageVolume v = testImage();
        v.voxels()[10] = std::numeric_limits<float>::quiet_NaN();
        VolumeWriter::writeImage(v, path("nan.nii.gz"));
        QString message = inputErrorOf([&] { VolumeReader::readImage(path("nan.nii.gz")); });
        QVERIFY2(message.contains("nan.nii.gz") && message.contains("NaN"), qPrintable(message));

        v = testImage();
        v.voxels()[3] = -std::numeric_limits<float>::infinity();
        VolumeWriter::writeImage(v, path("inf.mha"));
        message = inputErrorOf([&] { VolumeReader::readImage(path("inf.mha")); });
        QVERIFY2(message.contains("inf.mha") && message.contains("Inf"), qPrintable(message));
    }

    void multiComponentImageIsRefused() {
        using VectorImage = itk::VectorImage<float, 3>;
        auto image = VectorImage::New();
        VectorImage::RegionType region;
        region.SetSize({{3, 3, 3}});
        image->SetRegions(region);
        image->SetNumberOfComponentsPerPixel(3);
        image->Allocate();
        itk::VariableLengthVector<float> zero(3);
        zero.Fill(0.0f);
        image->FillBuffer(zero);
        auto writer = itk::ImageFileWriter<VectorImage>::New();
        writer->SetInput(image);
        writer->SetFileName(path("rgb.mha").string());
        writer->Update();
        const QString message = inputErrorOf([&] { VolumeReader::readImage(path("rgb.mha")); });
        QVERIFY2(message.contains("rgb.mha") && message.contains("multi-component"), qPrintable(message));
    }

    void fractionalLabelValuesAreRefused() {
        ImageVolume v = testImage(); // has fractional and negative values
        VolumeWriter::writeImage(v, path("notlabels.nii"));
        const QString message = inputErrorOf([&] { VolumeReader::readLabels(path("notlabels.nii")); });
        QVERIFY2(message.contains("notlabels.nii") && message.contains("label"), qPrintable(message));
    }

    void emptyAndNonDicomFoldersAreRefused() {
        const fs::path empty = path("emptyfolder");
        fs::create_directories(empty);
        QString message = inputErrorOf([&] { VolumeReader::readImage(empty); });
        QVERIFY2(message.contains("emptyfolder") && message.contains("empty"), qPrintable(message));
        const fs::path notes = path("notes");
        fs::create_directories(notes);
        writeBytes(notes / "readme.txt", "nothing to see");
        message = inputErrorOf([&] { VolumeReader::readImage(notes); });
        QVERIFY2(message.contains("notes") && message.contains("DICOM"), qPrintable(message));
        QVERIFY(!VolumeReader::isSupportedPath(notes));
    }

    void failedWriteKeepsPreviousFileAndLeavesNoTemporary() {
        const fs::path folder = path("keep");
        fs::create_directories(folder);
        const fs::path file = folder / "keep.nii.gz";
        VolumeWriter::writeImage(testImage(), file);
        const std::string before = readBytes(file);
        ImageVolume inconsistent = testImage();
        inconsistent.voxels().resize(3);
        QVERIFY(!inputErrorOf([&] { VolumeWriter::writeImage(inconsistent, file); }).startsWith("NO"));
        QVERIFY(!inputErrorOf([&] { VolumeWriter::writeImage(testImage(), folder / "keep.png"); }).startsWith("NO"));
        QVERIFY(readBytes(file) == before);
        QCOMPARE(filesIn(folder), std::size_t(1));
    }

    void rewriteReplacesContent() {
        const fs::path file = path("replace.mha");
        VolumeWriter::writeImage(testImage(), file);
        ImageVolume second = testImage();
        second.voxels()[0] = 1234.5f;
        VolumeWriter::writeImage(second, file);
        QCOMPARE(VolumeReader::readImage(file).voxels()[0], 1234.5f);
    }
};

QTEST_GUILESS_MAIN(CoreIoTest)
#include "CoreIoTest.moc"
