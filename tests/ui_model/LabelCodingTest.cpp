// Telling class indices from dataset codes in a label file (Open prediction on a saved correction).
#include "ui/model/LabelCoding.h"

#include <QTest>

using namespace crossseg;
using namespace crossseg::ui;

namespace {

DatasetModality mmwhsCoding() {
    DatasetModality m;
    m.name = "ct";
    m.labelMap = {{205, 1}, {500, 2}, {600, 3}};
    m.labelMapIsStrict = true;
    return m;
}

} // namespace

class LabelCodingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mmwhsCodesAreRecognised() {
        const auto verdict = LabelCodingDetector::detect({0, 205, 500}, mmwhsCoding(), 4);
        QVERIFY(verdict.coding == LabelCoding::DatasetCodes);
    }

    void classIndicesAreRecognised() {
        QVERIFY(LabelCodingDetector::detect({0, 1, 3}, mmwhsCoding(), 4).coding == LabelCoding::ClassIndices);
        // A dataset without a label map stores class indices.
        QVERIFY(LabelCodingDetector::detect({0, 2}, DatasetModality{}, 4).coding == LabelCoding::ClassIndices);
    }

    void anIdentityMapIsNotAmbiguous() {
        DatasetModality identity;
        identity.labelMap = {{1, 1}, {2, 2}};
        QVERIFY(LabelCodingDetector::detect({0, 1, 2}, identity, 3).coding == LabelCoding::ClassIndices);
    }

    void codesThatAreAlsoIndicesAreAmbiguous() {
        // BTCV-like: code 2 is the class 'kidney' (index 1), but 2 is also a class index.
        DatasetModality btcv;
        btcv.labelMap = {{2, 1}, {6, 2}};
        QVERIFY(LabelCodingDetector::detect({0, 2}, btcv, 3).coding == LabelCoding::Ambiguous);
        // A value only the codes explain decides it.
        QVERIFY(LabelCodingDetector::detect({0, 2, 6}, btcv, 3).coding == LabelCoding::DatasetCodes);
        // A value the map does not know is explained by the indices reading only: a prediction.
        QVERIFY(LabelCodingDetector::detect({0, 1, 2}, btcv, 3).coding == LabelCoding::ClassIndices);
        // A non-strict map reads codes it drops (BTCV's gallbladder, 4) as background: still dataset codes.
        QVERIFY(LabelCodingDetector::detect({0, 4, 6}, btcv, 3).coding == LabelCoding::DatasetCodes);
    }

    void valuesThatFitNeitherAreNamed() {
        const auto verdict = LabelCodingDetector::detect({0, 1, 999}, mmwhsCoding(), 4);
        QVERIFY(verdict.coding == LabelCoding::Unknown);
        QCOMPARE(verdict.unknownValues, std::vector<int>{999});
    }
};

int runLabelCodingTest(int argc, char** argv) {
    LabelCodingTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "LabelCodingTest.moc"
