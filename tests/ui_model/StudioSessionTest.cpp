// The session: what the Studio has open, held once.
#include "ui/model/StudioSession.h"

#include <QTest>

using namespace crossseg;
using namespace crossseg::ui;

namespace {

// An MM-WHS-like dataset: MR (assistant) listed before CT (target), the first CT case without a label.
std::shared_ptr<Dataset> twoModalityDataset() {
    auto dataset = std::make_shared<Dataset>();
    dataset->name = "two";
    dataset->classes = {"background", "organ"};
    DatasetModality ct;
    ct.name = "ct";
    ct.role = ModalityRole::Target;
    DatasetModality mr;
    mr.name = "mr";
    mr.role = ModalityRole::Assistant;
    dataset->modalities = {{"ct", ct}, {"mr", mr}};
    dataset->cases = {{"mr_1", "mr", "/d/mr_1.nii.gz", "/d/mr_1_label.nii.gz", {}},
                      {"ct_1", "ct", "/d/ct_1.nii.gz", "", {}},
                      {"ct_2", "ct", "/d/ct_2.nii.gz", "/d/ct_2_label.nii.gz", {}}};
    return dataset;
}

std::shared_ptr<CaseData> caseNamed(const std::string& id) {
    auto data = std::make_shared<CaseData>();
    data->caseId = id;
    VolumeGeometry g;
    g.size = {4, 4, 2};
    data->image = ImageVolume(g);
    return data;
}

} // namespace

class StudioSessionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFreshDatasetShowsItsFirstLabelledTargetCase() {
        StudioSession session;
        QVERIFY(!session.firstTargetCase());
        session.setDataset(twoModalityDataset(), "/d");
        QVERIFY(session.firstTargetCase());
        QCOMPARE(session.firstTargetCase()->id, std::string("ct_2"));
        // Without roles: the first modality's cases.
        auto unassigned = twoModalityDataset();
        for (auto& [name, modality] : unassigned->modalities) modality.role = ModalityRole::Unassigned;
        session.setDataset(unassigned, "/d");
        QCOMPARE(session.firstTargetCase()->modality, std::string("ct"));
    }

    void onlyTheLatestCaseRequestIsShown() {
        StudioSession session;
        session.setDataset(twoModalityDataset(), "/d");
        const auto first = session.requestCase("ct_1");
        const auto second = session.requestCase("mr_1");
        QVERIFY(!session.acceptsLoad(first)); // it finished late: the user already asked for another case
        QVERIFY(session.acceptsLoad(second));
        QCOMPARE(session.requestedCaseId(), std::string("mr_1"));
        session.setCase(caseNamed("mr_1"));
        QCOMPARE(session.caseId(), std::string("mr_1"));
        QVERIFY(session.currentDatasetCase());
        QCOMPARE(session.currentDatasetCase()->modality, std::string("mr"));
    }

    void aPendingPredictionWaitsForItsOwnCase() {
        StudioSession session;
        session.setDataset(twoModalityDataset(), "/d");
        VolumeGeometry g;
        g.size = {4, 4, 2};
        session.setPendingPrediction({"ct_2", LabelVolume(g, 1), "/runs/a/predictions/ct_2_prediction.nii.gz"});
        QVERIFY(!session.takePendingPrediction("ct_1"));
        const auto taken = session.takePendingPrediction("ct_2");
        QVERIFY(taken);
        QCOMPARE(taken->sourceFile, std::string("/runs/a/predictions/ct_2_prediction.nii.gz"));
        QVERIFY(!session.takePendingPrediction("ct_2")); // handed over once
        // Opening another dataset drops a prediction made for the old one.
        session.setPendingPrediction({"ct_2", LabelVolume(g, 1), ""});
        session.setDataset(twoModalityDataset(), "/other");
        QVERIFY(!session.takePendingPrediction("ct_2"));
    }
};

int runStudioSessionTest(int argc, char** argv) {
    StudioSessionTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "StudioSessionTest.moc"
