// Losses, networks, ensemble rule, augmentation and the batch loader: the pieces the method is built from.
#include "SmallUNet.h"
#include "core/learn/Losses.h"
#include "core/learn/PatchDiscriminator.h"
#include "core/learn/ResnetGenerator.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/KdWeightSchedule.h"
#include "core/learn/TrainingConfig.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/UNet.h"
#include "core/util/InputError.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <fstream>

using namespace crossseg;

class LossAndNetworkTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void distillationEqualsHandComputedValue() {
        // Two pixels, two classes, T = 2. Pixel 1: teacher logits (2, 0), student (0, 0); pixel 2: both (1, 1).
        const torch::Tensor teacher = torch::tensor({2.0f, 1.0f, 0.0f, 1.0f}).view({1, 2, 1, 2});
        const torch::Tensor student = torch::tensor({0.0f, 1.0f, 0.0f, 1.0f}).view({1, 2, 1, 2});
        const double T = 2.0;
        // By hand: softened teacher p = softmax(1, 0) = (e/(e+1), 1/(e+1)); student q = (1/2, 1/2).
        const double p1 = std::exp(1.0) / (std::exp(1.0) + 1.0), p2 = 1.0 / (std::exp(1.0) + 1.0);
        const double klPixel1 = p1 * std::log(p1 / 0.5) + p2 * std::log(p2 / 0.5);
        const double expected = (klPixel1 + 0.0) / 2.0 * T * T; // mean over the two pixels, times T^2
        const double actual = losses::distillation(teacher, student, T).item<double>();
        QVERIFY2(std::abs(actual - expected) < 1e-6, qPrintable(QString("KD %1, expected %2").arg(actual).arg(expected)));
        QVERIFY(std::abs(expected - 0.221886) < 1e-5); // the number itself, so a wrong formula above cannot pass
    }

    void distillationIsZeroWhenTeacherAndStudentAgreeAndSparesTheTeacher() {
        torch::manual_seed(3);
        const torch::Tensor logits = torch::randn({2, 4, 5, 5});
        QVERIFY(std::abs(losses::distillation(logits, logits.clone(), 3.0).item<double>()) < 1e-7);
        // Gradients reach the student only.
        torch::Tensor teacher = torch::randn({1, 3, 4, 4}).requires_grad_(true);
        torch::Tensor student = torch::randn({1, 3, 4, 4}).requires_grad_(true);
        losses::distillation(teacher, student, 2.0).backward();
        QVERIFY(!teacher.grad().defined());
        QVERIFY(student.grad().defined() && student.grad().abs().sum().item<double>() > 0.0);
    }

    void supervisedLossIsSmallForAPerfectPredictionAndLargeForAWrongOne() {
        const torch::Tensor labels = torch::randint(0, 3, {2, 8, 8}, torch::kLong);
        const torch::Tensor perfect = torch::one_hot(labels, 3).permute({0, 3, 1, 2}).to(torch::kFloat) * 20.0;
        const torch::Tensor wrong = torch::one_hot((labels + 1) % 3, 3).permute({0, 3, 1, 2}).to(torch::kFloat) * 20.0;
        QVERIFY(losses::supervised(perfect, labels).item<double>() < 1e-3);
        QVERIFY(losses::supervised(wrong, labels).item<double>() > 10.0);
        QVERIFY(losses::softDice(wrong, labels).item<double>() > 0.95);
    }

    void leastSquaresGanLossTargetsOneForRealZeroForFake() {
        const torch::Tensor scores = torch::full({1, 1, 3, 3}, 0.25f);
        QVERIFY(std::abs(losses::leastSquaresAdversarial(scores, true).item<double>() - 0.5625) < 1e-6);
        QVERIFY(std::abs(losses::leastSquaresAdversarial(scores, false).item<double>() - 0.0625) < 1e-6);
    }

    void ensembleIsTheAverageOfTheTwoSoftmaxes() {
        torch::manual_seed(5);
        UNet real(test::smallUNet()), syn(test::smallUNet());
        SliceSegmenter segmenter({{"real", real}, {"syn", syn}}, torch::kCPU);
        QCOMPARE(segmenter.defaultModel(), std::string("ensemble"));
        const torch::Tensor x = torch::randn({2, 1, 16, 16});
        const torch::Tensor ensemble = segmenter.probabilities(x, "ensemble");
        real->eval();
        syn->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor expected = (torch::softmax(real->forward(x), 1) + torch::softmax(syn->forward(x), 1)) / 2.0;
        QVERIFY(torch::allclose(ensemble, expected, 1e-5, 1e-6));
        QVERIFY(torch::allclose(segmenter.probabilities(x, "real"), torch::softmax(real->forward(x), 1), 1e-5, 1e-6));
        // And it is not simply one of them.
        QVERIFY(!torch::allclose(ensemble, torch::softmax(real->forward(x), 1), 1e-3, 1e-4));
    }

    void networksProduceTheShapesTheMethodNeeds() {
        UNetOptions o;
        o.classes = 5;
        o.depth = 3;
        o.baseChannels = 4;
        o.normalization = "instance";
        UNet unet(o);
        QCOMPARE(unet->forward(torch::randn({2, 1, 32, 48})).sizes().vec(), (std::vector<int64_t>{2, 5, 32, 48}));
        QVERIFY(unet->forwardFlops(32, 48) > 0.0);
        ResnetGenerator generator(ResnetGeneratorOptions{1, 1, 4, 2});
        const torch::Tensor fake = generator->forward(torch::randn({2, 1, 32, 32}));
        QCOMPARE(fake.sizes().vec(), (std::vector<int64_t>{2, 1, 32, 32}));
        QVERIFY(fake.abs().max().item<double>() <= 1.0); // tanh: the cache's normalised range
        PatchDiscriminator critic(PatchDiscriminatorOptions{1, 4, 2});
        QCOMPARE(critic->forward(torch::randn({2, 1, 32, 32})).size(1), int64_t(1));
    }

    void unetFlopCountMatchesAHandCountedOneLevelNetwork() {
        // depth 1, base 2 channels, 1 input channel, 2 classes, a 4x4 image; 3x3 convs have 9 taps, 1 MAC = 2 FLOPs.
        // Encoder: 1->2 and 2->2 at 16 px, then 2->4 and 4->4 at 4 px. Decoder: the 2x2 stride-2 transposed conv
        // 4->2 (one tap per output pixel: 16 px * 4 * 2), 4->2 and 2->2 at 16 px. Head: 1x1 conv 2->2 at 16 px.
        UNetOptions o;
        o.classes = 2;
        o.depth = 1;
        o.baseChannels = 2;
        UNet unet(o);
        const double expected = 2.0 * (16 * 1 * 2 * 9 + 16 * 2 * 2 * 9 + 4 * 2 * 4 * 9 + 4 * 4 * 4 * 9 + 16 * 4 * 2 +
                                       16 * 4 * 2 * 9 + 16 * 2 * 2 * 9 + 16 * 2 * 2);
        QCOMPARE(unet->forwardFlops(4, 4), expected);
    }

    void everyListedProfileResolvesAndSurvivesItsJsonForm() {
        // The GUI offers TrainingProfile::names(); each must resolve, fix a slice size, and round-trip through the
        // run's config.json (which resume and Predictor read back).
        for (const std::string& name : TrainingProfile::names()) {
            const TrainingProfile profile = TrainingProfile::named(name);
            QVERIFY2(profile.height >= 32 && profile.width >= 32, name.c_str());
            QVERIFY2(profile.iterations > 0 && profile.iamIterations > 0, name.c_str());
            QCOMPARE(TrainingProfile::fromJson(profile.toJson()).toJson(), profile.toJson());
        }
        QCOMPARE(TrainingProfile::named("demo").height, 64);
        QVERIFY_THROWS_EXCEPTION(crossseg::InputError, TrainingProfile::named("turbo"));
        // cpu-converged: cpu-quick's networks and slices (one slice cache serves both) at the converged budget.
        const TrainingProfile quick = TrainingProfile::named("cpu-quick");
        const TrainingProfile converged = TrainingProfile::named("cpu-converged");
        QCOMPARE(converged.name, std::string("cpu-converged"));
        QCOMPARE(converged.height, quick.height);
        QCOMPARE(converged.unetBaseChannels, quick.unetBaseChannels);
        QCOMPARE(converged.generatorResidualBlocks, quick.generatorResidualBlocks);
        QVERIFY(converged.iterations > quick.iterations && converged.validationCases > quick.validationCases);
        QVERIFY(converged.keepBestPerModel);
        // The IAM's data fixes chosen on the validation cases (docs/RESULTS.md), and only those.
        QCOMPARE(converged.iamIterations, 2 * quick.iamIterations);
        QCOMPARE(converged.methodOptions.iamAssistantForegroundFraction, 0.67);
        QVERIFY(converged.methodOptions.iamTargetAbdominalRange && converged.methodOptions.translateCleanAssistant);
        QCOMPARE(converged.normalizationDomains, quick.normalizationDomains);
        QVERIFY(converged.methodOptions.kdRamp == quick.methodOptions.kdRamp);
    }

    void profileFilesOverrideANamedProfileAndRefuseTypos() {
        QTemporaryDir dir;
        const auto write = [&dir](const char* name, const std::string& text) {
            const std::string file = dir.filePath(name).toStdString();
            std::ofstream(file) << text;
            return file;
        };
        const TrainingProfile narrow =
            TrainingProfile::resolve(write("narrow.json", R"({"base": "cpu-quick", "unet_base_channels": 8, "iterations": 1200})"));
        QCOMPARE(narrow.name, std::string("narrow"));
        QCOMPARE(narrow.unetBaseChannels, 8);
        QCOMPARE(narrow.iterations, 1200);
        QCOMPARE(narrow.height, TrainingProfile::named("cpu-quick").height); // the rest comes from the base
        QCOMPARE(narrow.learningRate, TrainingProfile::named("cpu-quick").learningRate);
        QCOMPARE(TrainingProfile::resolve("smoke").toJson(), TrainingProfile::named("smoke").toJson());

        const auto errorOf = [](const std::string& file) {
            try {
                TrainingProfile::resolve(file);
            } catch (const crossseg::InputError& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QString error = errorOf(write("typo.json", R"({"unet_base_chanels": 8})"));
        QVERIFY2(error.contains("typo.json") && error.contains("unet_base_chanels"), qPrintable(error));
        error = errorOf(write("type.json", R"({"iterations": "many"})"));
        QVERIFY2(error.contains("type.json") && error.contains("iterations"), qPrintable(error));
        error = errorOf(write("range.json", R"({"iterations": 0})"));
        QVERIFY2(error.contains("range.json"), qPrintable(error));
        QVERIFY(errorOf(write("broken.json", "{")).contains("not valid JSON"));
        QVERIFY(errorOf(dir.filePath("absent.json").toStdString()).contains("cannot read"));
        QVERIFY(errorOf(write("base.json", R"({"base": "turbo"})")).contains("unknown profile"));
    }

    // crossseg train --set KEY=VALUE / --iam-mode / --kd-ramp: parameters on top of a named profile or a file,
    // checked like a file's keys, and kept in the run's configuration so that a resume or a repeat gets them.
    void profileOverridesApplyOnTopOfAProfileAndAreRecorded() {
        const TrainingProfile smoke = TrainingProfile::resolve("smoke", {{"iterations", 7}, {"kd_ramp", "sigmoid"}});
        QCOMPARE(smoke.iterations, 7);
        QVERIFY(smoke.methodOptions.kdRamp == KdWeightSchedule::Ramp::Sigmoid);
        QCOMPARE(smoke.height, TrainingProfile::named("smoke").height);

        QTemporaryDir dir;
        const std::string file = dir.filePath("narrow.json").toStdString();
        std::ofstream(file) << R"({"base": "smoke", "unet_base_channels": 4, "iterations": 30})";
        const TrainingProfile narrow = TrainingProfile::resolve(file, {{"iterations", 9}});
        QCOMPARE(narrow.unetBaseChannels, 4); // the file's
        QCOMPARE(narrow.iterations, 9);       // the override wins over the file

        const auto errorOf = [](const nlohmann::json& overrides) {
            try {
                TrainingProfile::resolve("smoke", overrides);
            } catch (const crossseg::InputError& e) {
                return QString::fromStdString(e.what());
            }
            return QString();
        };
        QString error = errorOf({{"kd_rampp", "sigmoid"}});
        QVERIFY2(error.contains("kd_rampp") && error.contains("unknown profile parameter"), qPrintable(error));
        error = errorOf({{"iterations", "many"}});
        QVERIFY2(error.contains("iterations") && error.contains("number"), qPrintable(error));
        error = errorOf({{"kd_ramp", "cosine"}});
        QVERIFY2(error.contains("kd_ramp"), qPrintable(error));

        TrainingConfig config;
        QVERIFY(!config.toJson().contains("profile_overrides")); // older configurations read as before
        config.profileOverrides = {{"iam_mode", "end-to-end"}};
        QCOMPARE(TrainingConfig::fromJson(config.toJson()).profileOverrides, config.profileOverrides);
    }

    void augmentedBatchesAreDeterministicAndIndependentOfThreads() {
        TrainingProfile profile = TrainingProfile::named("smoke");
        SlicePool pool(16, 16);
        CaseSlices slices;
        slices.count = 4;
        slices.height = slices.width = 16;
        slices.images.resize(4 * 256);
        slices.labels.resize(4 * 256);
        for (std::size_t i = 0; i < slices.images.size(); ++i) {
            slices.images[i] = float(i % 17) / 17.0f;
            slices.labels[i] = std::uint8_t((i / 16) % 16 > 8 ? 1 : 0);
        }
        pool.addCase(slices, true);
        const std::vector<BatchStream> streams{{&pool, 3, true, true, 0.5}};
        SliceBatchLoader threaded(streams, SliceAugmenter(profile), 42, 0, 6, 3, 2);
        SliceBatchLoader reference(streams, SliceAugmenter(profile), 42, 0, 0, 1, 1);
        for (int i = 0; i < 6; ++i) {
            const auto a = threaded.next();
            const auto b = reference.build(i);
            QVERIFY(torch::equal(a[0].images, b[0].images));
            QVERIFY(torch::equal(a[0].labels, b[0].labels));
        }
        SliceBatchLoader otherSeed(streams, SliceAugmenter(profile), 43, 0, 0, 1, 1);
        QVERIFY(!torch::equal(otherSeed.build(0)[0].images, reference.build(0)[0].images));
        // Labels stay class indices, and augmentation keeps the image recognisably the same (no flips).
        const auto batch = reference.build(0);
        QVERIFY(batch[0].labels.max().item<int64_t>() <= 1 && batch[0].labels.min().item<int64_t>() >= 0);
    }

    void labelledBatchesDrawEachOrganAsOftenWhateverItsSliceCount() {
        // 100 slices: the "liver" (1) on 90, a small organ (3) on 2, nothing on 8. Drawing an organ first and then
        // a slice showing it gives the small organ about half of the organ draws; drawing among all slices gives
        // it 2 %, which is how a kidney went unlearned for hundreds of iterations.
        CaseSlices slices;
        slices.count = 100;
        slices.height = slices.width = 4;
        slices.images.assign(100 * 16, 0.0f);
        slices.labels.assign(100 * 16, 0);
        for (int s = 0; s < 90; ++s) slices.labels[std::size_t(s) * 16 + 5] = 1;
        for (int s : {40, 95}) slices.labels[std::size_t(s) * 16 + 9] = 3;
        SlicePool pool(4, 4);
        pool.addCase(slices, true);
        QCOMPARE(pool.organClasses(), (std::vector<std::uint8_t>{1, 3}));
        QCOMPARE(pool.slicesShowing(3), (std::vector<std::int64_t>{40, 95}));
        QVERIFY(pool.slicesShowing(2).empty());

        const auto shareShowingSmallOrgan = [&pool](double organFraction) {
            SliceBatchLoader loader({{&pool, 50, true, false, organFraction}}, SliceAugmenter(TrainingProfile::named("smoke")),
                                    5, 0, 0, 1, 1);
            int showing = 0, drawn = 0;
            for (int iteration = 0; iteration < 20; ++iteration) {
                const torch::Tensor labels = loader.build(iteration)[0].labels;
                showing += (labels.flatten(1) == 3).any(1).sum().item<int>();
                drawn += int(labels.size(0));
            }
            return double(showing) / drawn;
        };
        const double balanced = shareShowingSmallOrgan(1.0), uniform = shareShowingSmallOrgan(0.0);
        QVERIFY2(balanced > 0.4 && balanced < 0.6, qPrintable(QString::number(balanced)));
        QVERIFY2(uniform < 0.06, qPrintable(QString::number(uniform)));
    }
};

int runLossAndNetworkTests(int argc, char** argv) {
    LossAndNetworkTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "LossAndNetworkTest.moc"
