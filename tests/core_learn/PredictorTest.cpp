// Predictor: loads a run, segments a volume in any orientation and returns labels on that volume's own grid.
#include "SyntheticSliceCache.h"

#include "SmallUNet.h"
#include "core/learn/Predictor.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/TrainingRun.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <QtTest/QtTest>

#include <cmath>
#include <fstream>

using namespace crossseg;

namespace {

// A CT-like volume: a bright disc (300 HU) in a dark body (-100 HU), stored with axis j pointing anterior (LAS).
ImageVolume lasVolume() {
    VolumeGeometry g;
    g.size = {40, 36, 5};
    g.spacing = {0.8, 0.9, 2.5};
    g.origin = {-10.0, 20.0, 5.0};
    g.direction = {1, 0, 0, 0, -1, 0, 0, 0, 1};
    ImageVolume v(g, -100.0f);
    for (std::size_t k = 0; k < 5; ++k)
        for (std::size_t j = 0; j < 36; ++j)
            for (std::size_t i = 0; i < 40; ++i) {
                const double dx = double(i) - 14.0 - double(k), dy = double(j) - 20.0;
                if (dx * dx + dy * dy < 60.0) v.at(i, j, k) = 300.0f;
                if (i > 28 && i < 36 && j > 5 && j < 12) v.at(i, j, k) = 100.0f;
            }
    return v;
}

// The same voxels stored the canonical way (axis j pointing posterior): row j becomes row (35 - j).
ImageVolume toLps(const ImageVolume& las) {
    VolumeGeometry g = las.geometry();
    g.direction = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    g.origin[1] = las.geometry().origin[1] - (double(g.size[1]) - 1.0) * g.spacing[1];
    ImageVolume v(g);
    for (std::size_t k = 0; k < g.size[2]; ++k)
        for (std::size_t j = 0; j < g.size[1]; ++j)
            for (std::size_t i = 0; i < g.size[0]; ++i) v.at(i, g.size[1] - 1 - j, k) = las.at(i, j, k);
    return v;
}

// An mkd run of the smoke profile on the synthetic cache (2 labelled CT): its folder.
std::filesystem::path trainSmokeMkdRun(const std::filesystem::path& cache, int seed, const std::filesystem::path& runDir) {
    TrainingConfig config;
    config.method = Method::Mkd;
    config.labeledTarget = 2;
    config.profile = "smoke";
    config.seed = seed;
    config.cache = cache;
    config.runDir = runDir;
    TaskControl control;
    TrainingRun(config).run(control, nullptr);
    return runDir;
}

} // namespace

class PredictorTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        const std::filesystem::path root = scratch_.path().toStdString();
        test::writeSyntheticSliceCache(root / "cache");
        run_ = trainSmokeMkdRun(root / "cache", 3, root / "run");
    }

    void loadsTheRunAndDescribesIt() {
        const auto predictor = Predictor::load(run_);
        QCOMPARE(QString::fromStdString(predictor->method()), QString("mkd"));
        QCOMPARE(predictor->models(), (std::vector<std::string>{"ensemble", "real", "syn"}));
        QCOMPARE(QString::fromStdString(predictor->defaultModel()), QString("ensemble"));
        QCOMPARE(predictor->classes().size(), std::size_t(3));
    }

    void predictionLiesOnTheInputsGridWhateverItsOrientation() {
        const auto predictor = Predictor::load(run_);
        const ImageVolume las = lasVolume();
        const ImageVolume lps = toLps(las);
        for (const char* model : {"ensemble", "real", "syn"}) {
            const LabelVolume a = predictor->predict(las, model);
            const LabelVolume b = predictor->predict(lps, model);
            QVERIFY(a.geometry().sameGrid(las.geometry()));
            QVERIFY(b.geometry().sameGrid(lps.geometry()));
            // The same anatomy gets the same labels: row j of the LAS result is row 35 - j of the LPS one.
            for (std::size_t k = 0; k < 5; ++k)
                for (std::size_t j = 0; j < 36; ++j)
                    for (std::size_t i = 0; i < 40; ++i) QCOMPARE(a.at(i, j, k), b.at(i, 35 - j, k));
            for (auto value : a.voxels()) QVERIFY(value < 3);
        }
    }

    void allModelsAtOnceEqualEachModelAlone() {
        // Evaluation predicts every model of a case together, each network running once and the ensemble built
        // from the softmaxes of S_real and S_syn: the labels must be those of one prediction per model.
        const auto predictor = Predictor::load(run_);
        for (const char* postprocess : {"none", "largest-component"}) {
            predictor->setPostprocessing(PredictionPostprocessing::parse(postprocess));
            const ImageVolume las = lasVolume();
            const auto all = predictor->predictModels(las, {"ensemble", "real", "syn", "real"});
            QCOMPARE(all.size(), std::size_t(3));
            for (const char* model : {"ensemble", "real", "syn"}) {
                const LabelVolume alone = predictor->predict(las, model);
                QVERIFY(all.at(model).geometry().sameGrid(las.geometry()));
                QVERIFY2(all.at(model).voxels() == alone.voxels(), model);
            }
        }
        QVERIFY_EXCEPTION_THROWN(predictor->predictModels(lasVolume(), {"real", "single"}), InputError);
    }

    void modelsWhoseCheckpointsHoldTheSameWeightsShareNetworks() {
        // A run that keeps a best checkpoint per model often has one iteration behind several of them: evaluation
        // must then run those networks once per batch, not once per model, and predict exactly as before.
        const std::filesystem::path root = scratch_.path().toStdString();
        const std::filesystem::path perModel = root / "per-model";
        std::filesystem::create_directories(perModel / "checkpoints");
        std::ifstream in(run_ / "config.json");
        nlohmann::json config = nlohmann::json::parse(in);
        config["profile_parameters"]["keep_best_per_model"] = true;
        std::ofstream(perModel / "config.json") << config.dump();
        for (const char* name : {"best.pt", "best-ensemble.pt", "best-real.pt", "best-syn.pt"})
            std::filesystem::copy_file(run_ / "checkpoints" / "best.pt", perModel / "checkpoints" / name);

        const std::vector<std::string> all{"ensemble", "real", "syn"};
        const auto shared = Predictor::load(perModel);
        QCOMPARE(shared->networkForwardsPerBatch(all), 2);
        QCOMPARE(shared->networkForwardsPerBatch({"real"}), 1);
        const auto reference = Predictor::load(run_);
        QCOMPARE(reference->networkForwardsPerBatch(all), 2);
        const ImageVolume las = lasVolume();
        const auto sharedLabels = shared->predictModels(las, all), referenceLabels = reference->predictModels(las, all);
        for (const auto& model : all) QVERIFY2(sharedLabels.at(model).voxels() == referenceLabels.at(model).voxels(),
                                               model.c_str());

        // Another run's weights behind S_real's checkpoint: nothing to share, S_real runs a third network.
        const std::filesystem::path other = trainSmokeMkdRun(root / "cache", 4, root / "other-seed");
        std::filesystem::copy_file(other / "checkpoints" / "best.pt", perModel / "checkpoints" / "best-real.pt",
                                   std::filesystem::copy_options::overwrite_existing);
        QCOMPARE(Predictor::load(perModel)->networkForwardsPerBatch(all), 3);
    }

    void segmenterSharesEachNetworksSoftmax() {
        // The building block: any subset of models from one batch gives the same tensors as one call per model.
        torch::manual_seed(5);
        UNet real(test::smallUNet()), syn(test::smallUNet());
        SliceSegmenter segmenter({{"real", real}, {"syn", syn}}, torch::kCPU);
        const torch::Tensor images = torch::randn({2, 1, 16, 16});
        const auto some = segmenter.probabilitiesOf(images, {"syn", "ensemble"});
        QCOMPARE(some.size(), std::size_t(2));
        QVERIFY(torch::equal(some.at("syn"), segmenter.probabilities(images, "syn")));
        QVERIFY(torch::equal(some.at("ensemble"), segmenter.probabilities(images, "ensemble")));
        // Validation calls it in the middle of training: the networks' training state is left as it was.
        QVERIFY(real->is_training() && syn->is_training());
        QVERIFY_EXCEPTION_THROWN(segmenter.probabilitiesOf(images, {"single"}), InputError);
    }

    void classIndicesAreTorchsArgmax() {
        // Channels-last probabilities (what the networks return), a tie (the first class wins) and a NaN.
        torch::manual_seed(9);
        torch::Tensor p = torch::rand({3, 5, 7, 6}).contiguous(torch::MemoryFormat::ChannelsLast);
        p.index_put_({0, torch::indexing::Slice(), 0, 0}, 0.5f);
        p.index_put_({1, 3, 2, 2}, std::nanf(""));
        std::vector<std::uint8_t> ours(3 * 7 * 6);
        SliceSegmenter::classIndices(p, ours.data());
        const torch::Tensor expected = p.argmax(1).to(torch::kUInt8).contiguous();
        QVERIFY(std::equal(ours.begin(), ours.end(), expected.data_ptr<std::uint8_t>()));
        QCOMPARE(int(ours[0]), 0);
        QCOMPARE(int(ours[7 * 6 + 2 * 6 + 2]), 3);
    }

    void progressAndCancelGoThroughTaskControl() {
        const auto predictor = Predictor::load(run_);
        TaskControl control;
        control.requestCancel();
        QVERIFY_EXCEPTION_THROWN(predictor->predict(lasVolume(), "ensemble", &control), TaskCancelled);
    }

    void badRunsAndModelsGiveClearErrors() {
        const std::filesystem::path root = scratch_.path().toStdString();
        QVERIFY_EXCEPTION_THROWN(Predictor::load(root / "missing-run"), InputError);
        // A run folder whose best checkpoint is gone.
        std::filesystem::create_directories(root / "no-best");
        std::filesystem::copy_file(run_ / "config.json", root / "no-best" / "config.json");
        try {
            Predictor::load(root / "no-best");
            QFAIL("loaded a run without a checkpoint");
        } catch (const InputError& e) {
            QVERIFY(QString(e.what()).contains("best.pt"));
        }
        // A checkpoint of another architecture: the config says otherwise about the network's width.
        std::filesystem::create_directories(root / "other" / "checkpoints");
        std::filesystem::copy_file(run_ / "checkpoints" / "best.pt", root / "other" / "checkpoints" / "best.pt");
        std::ifstream in(run_ / "config.json");
        nlohmann::json config = nlohmann::json::parse(in);
        config["profile_parameters"]["unet_base_channels"] = 16;
        std::ofstream(root / "other" / "config.json") << config.dump();
        try {
            Predictor::load(root / "other");
            QFAIL("loaded an incompatible checkpoint");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("incompatible checkpoint"), e.what());
        }
        const auto predictor = Predictor::load(run_);
        QVERIFY_EXCEPTION_THROWN(predictor->predict(lasVolume(), "single"), InputError);
    }

private:
    QTemporaryDir scratch_;
    std::filesystem::path run_;
};

int runPredictorTests(int argc, char** argv) {
    PredictorTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "PredictorTest.moc"
