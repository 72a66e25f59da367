// Reading a label file for a case in either coding: class indices or the dataset's codes.
#include "ui/model/CaseSource.h"

#include <QTest>

using namespace crossseg;
using namespace crossseg::ui;

namespace {

// A 6x5x4 case on an LPS grid whose label map swaps the numbers: code 2 is class 1, code 1 is class 2 (both codes
// are also class indices, as with BTCV's kidneys).
CaseData swappedCodesCase() {
    CaseData data;
    data.caseId = "c";
    data.modality = "ct";
    VolumeGeometry g;
    g.size = {6, 5, 4};
    data.originalGeometry = g;
    data.image = ImageVolume(g);
    data.reference = LabelVolume(g, 0);
    for (std::size_t i = 0; i < 3; ++i) data.reference.at(i, 2, 2) = 1;
    data.reference.at(5, 4, 3) = 2;
    data.labelCoding.name = "ct";
    data.labelCoding.labelMap = {{2, 1}, {1, 2}};
    data.classCount = 3;
    return data;
}

LabelVolume inCodes(const LabelVolume& classes) {
    LabelVolume stored = classes;
    for (auto& value : stored.voxels()) value = value == 1 ? 2 : value == 2 ? 1 : value;
    return stored;
}

} // namespace

class CaseSourceCodingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ambiguousValuesAreReadTheWayThatMatchesTheCase() {
        const CaseData data = swappedCodesCase();
        const LabelVolume correction = inCodes(data.reference);
        // Values {0, 1, 2} fit both readings; only the codes reading gives back the case's own label.
        QVERIFY(CaseSource::detectCoding(correction, data).coding == LabelCoding::DatasetCodes);
        QVERIFY(CaseSource::detectCoding(data.reference, data).coding == LabelCoding::ClassIndices);
        const LabelVolume read = CaseSource::toCanonicalClasses(correction, data, LabelCoding::DatasetCodes, "x.nii.gz");
        QVERIFY(read.voxels() == data.reference.voxels());
    }

    void withoutALabelTheUserIsAsked() {
        CaseData data = swappedCodesCase();
        const LabelVolume correction = inCodes(data.reference);
        data.reference = LabelVolume{};
        QVERIFY(CaseSource::detectCoding(correction, data).coding == LabelCoding::Ambiguous);
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 CaseSource::toCanonicalClasses(correction, data, LabelCoding::Ambiguous, "x.nii.gz"));
    }
};

int runCaseSourceCodingTest(int argc, char** argv) {
    CaseSourceCodingTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CaseSourceCodingTest.moc"
