// The Studio's alignment view translates MR with the G_a->t the run aligned MR with: stage 1's for a staged run, the
// one stage 2 went on training for an end-to-end run (from its checkpoint), so what a teacher or annotator sees is
// what S_syn learned from. The run folders are written by hand: two IAMs of different initialisations stand for the
// stage-1 IAM and the refined one.
#include "ui/model/IamTranslator.h"
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/RunRecord.h"
#include "core/util/InputError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crossseg;
using namespace crossseg::ui;

namespace {

TrainingProfile profileWith(IamMode mode) {
    TrainingProfile profile = TrainingProfile::named("smoke");
    profile.methodOptions.iamMode = mode;
    return profile;
}

std::unique_ptr<ImageAlignmentModule> iamWithSeed(const TrainingProfile& profile, std::uint64_t seed) {
    torch::manual_seed(seed);
    return std::make_unique<ImageAlignmentModule>(profile, 10.0, 0.5, torch::Device(torch::kCPU));
}

// An mkd-iam run folder whose IAM cache folder holds `stageOne` as iam.pt.
RunRecord writeRun(const std::filesystem::path& root, const TrainingProfile& profile, ImageAlignmentModule& stageOne) {
    RunRecord record(root / "run");
    record.config.method = Method::MkdIam;
    record.profile = profile;
    record.classes = {"background", "liver"};
    IamReference iam;
    iam.hash = "stage-one";
    iam.folder = root / "iam-cache" / iam.hash;
    std::filesystem::create_directories(iam.folder);
    stageOne.save(iam.weightsFile());
    record.iam = iam;
    std::filesystem::create_directories(record.root() / "checkpoints");
    record.writeConfig();
    return record;
}

// A training checkpoint as end-to-end stage 2 writes it: the IAM's networks and optimisers under "iam".
void writeCheckpointHolding(ImageAlignmentModule& refined, const std::filesystem::path& file) {
    torch::serialize::OutputArchive checkpoint, iam;
    refined.saveState(iam);
    checkpoint.write("iam", iam);
    checkpoint.save_to(file.string());
}

GraySlice testSlice() {
    GraySlice slice;
    slice.width = 32;
    slice.height = 24;
    for (int y = 0; y < slice.height; ++y)
        for (int x = 0; x < slice.width; ++x) slice.pixels.push_back(float((x * 7 + y * 3) % 41) / 20.0f - 1.0f);
    return slice;
}

std::vector<float> translated(const std::filesystem::path& run) {
    const GraySlice out = IamTranslator::load(run)->translate(testSlice());
    return out.pixels;
}

} // namespace

class IamTranslatorTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aStagedRunShowsStageOnesGenerator() {
        QTemporaryDir stagedDir, refinedDir;
        const TrainingProfile staged = profileWith(IamMode::Staged);
        auto stageOne = iamWithSeed(staged, 1), refined = iamWithSeed(staged, 2);
        const RunRecord run = writeRun(stagedDir.path().toStdString(), staged, *stageOne);
        // A checkpoint holding another IAM changes nothing for a staged run: G_a->t was frozen.
        writeCheckpointHolding(*refined, run.bestCheckpoint());
        QCOMPARE(run.alignmentWeightsFile(), run.iam->weightsFile());
        const RunRecord other = writeRun(refinedDir.path().toStdString(), staged, *refined);
        const auto fromStageOne = translated(run.root());
        QCOMPARE(fromStageOne.size(), std::size_t(32 * 24));
        QVERIFY(fromStageOne != translated(other.root()));
    }

    void anEndToEndRunShowsTheGeneratorStageTwoRefined() {
        QTemporaryDir endToEndDir, stagedDir, refinedDir;
        const TrainingProfile endToEnd = profileWith(IamMode::EndToEnd), staged = profileWith(IamMode::Staged);
        auto stageOne = iamWithSeed(endToEnd, 1), refined = iamWithSeed(endToEnd, 2);
        const RunRecord run = writeRun(endToEndDir.path().toStdString(), endToEnd, *stageOne);
        const auto stageOneView = translated(writeRun(stagedDir.path().toStdString(), staged, *stageOne).root());
        const auto refinedView = translated(writeRun(refinedDir.path().toStdString(), staged, *refined).root());
        QVERIFY(stageOneView != refinedView);

        // Still in stage 1: no checkpoint yet, so the stage-1 IAM is all there is.
        QCOMPARE(run.alignmentWeightsFile(), run.iam->weightsFile());
        QCOMPARE(translated(run.root()), stageOneView);
        // Stage 2 before its first validation: latest.pt.
        writeCheckpointHolding(*refined, run.latestCheckpoint());
        QCOMPARE(run.alignmentWeightsFile(), run.latestCheckpoint());
        QCOMPARE(translated(run.root()), refinedView);
        // Once validated: the best checkpoint, the one the run's segmentors come from.
        auto later = iamWithSeed(endToEnd, 3);
        writeCheckpointHolding(*later, run.latestCheckpoint());
        writeCheckpointHolding(*refined, run.bestCheckpoint());
        QCOMPARE(run.alignmentWeightsFile(), run.bestCheckpoint());
        QCOMPARE(translated(run.root()), refinedView);
    }

    void aCheckpointWithoutAnIamIsRefusedNamingIt() {
        QTemporaryDir dir;
        const TrainingProfile endToEnd = profileWith(IamMode::EndToEnd);
        auto stageOne = iamWithSeed(endToEnd, 1);
        const RunRecord run = writeRun(dir.path().toStdString(), endToEnd, *stageOne);
        torch::serialize::OutputArchive segmentorsOnly;
        segmentorsOnly.write("iteration", torch::tensor(40));
        segmentorsOnly.save_to(run.bestCheckpoint().string());
        try {
            IamTranslator::load(run.root());
            QFAIL("a checkpoint without the IAM was accepted");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("best.pt") != std::string::npos, e.what());
        }
    }
};

int runIamTranslatorTest(int argc, char** argv) {
    IamTranslatorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "IamTranslatorTest.moc"
