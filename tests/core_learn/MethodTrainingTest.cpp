// Issue 9/10 in the trainers, one step at smoke size: domain-specific normalisation keeps CT statistics from CT,
// end-to-end mode trains G_a->t and staged does not, freezing the critics changes nothing, validation runs
// each network once.
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/Method.h"
#include "core/learn/MutualDistillationTrainer.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/SingleSegmentorTrainer.h"
#include "core/learn/SliceSegmenter.h"
#include "core/learn/TrainingProfile.h"
#include "core/learn/UNet.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace crossseg;

namespace {

constexpr int kClasses = 3;

StreamBatch randomStream(int n, bool labels) {
    StreamBatch s;
    s.images = torch::rand({n, 1, 32, 32}) * 2.0 - 1.0;
    if (labels) s.labels = torch::randint(0, kClasses, {n, 32, 32}, torch::kLong);
    return s;
}

// CT streams brighter, MR darker: different statistics, so a mix would show in the running means.
std::vector<StreamBatch> mutualBatch() {
    torch::manual_seed(11);
    std::vector<StreamBatch> batch{randomStream(4, true), randomStream(4, true), randomStream(2, false)};
    batch[0].images = batch[0].images + 0.5;
    batch[2].images = batch[2].images + 0.5;
    batch[1].images = batch[1].images - 0.7;
    return batch;
}

UNetOptions smokeUNet(int domains) {
    const TrainingProfile p = TrainingProfile::named("smoke");
    UNetOptions o;
    o.classes = kClasses;
    o.depth = p.unetDepth;
    o.baseChannels = p.unetBaseChannels;
    o.normalizationDomains = domains;
    return o;
}

// The running statistics of the normalisation layers of one domain (all of them for a one-domain network).
std::map<std::string, torch::Tensor> runningStats(UNet& net, int domain, int domains) {
    std::map<std::string, torch::Tensor> out;
    const std::string tag = ".domains." + std::to_string(domain) + ".";
    for (const auto& b : net->named_buffers()) {
        if (b.key().find("running_") == std::string::npos) continue;
        if (domains > 1 && b.key().find(tag) == std::string::npos) continue;
        out[b.key()] = b.value().clone();
    }
    return out;
}

bool sameStats(const std::map<std::string, torch::Tensor>& a, const std::map<std::string, torch::Tensor>& b) {
    if (a.size() != b.size() || a.empty()) return false;
    for (const auto& [k, v] : a)
        if (!b.count(k) || !torch::allclose(v, b.at(k), 1e-6, 1e-7)) return false;
    return true;
}

UNet copyOf(UNet& net) {
    UNet copy(net->options());
    torch::NoGradGuard noGrad;
    auto params = copy->named_parameters();
    for (const auto& p : net->named_parameters()) params[p.key()].copy_(p.value());
    auto buffers = copy->named_buffers();
    for (const auto& b : net->named_buffers()) buffers[b.key()].copy_(b.value());
    return copy;
}

std::vector<torch::Tensor> snapshot(torch::nn::Module& m) {
    std::vector<torch::Tensor> out;
    for (const auto& p : m.parameters()) out.push_back(p.detach().clone());
    return out;
}

bool unchanged(torch::nn::Module& m, const std::vector<torch::Tensor>& before) {
    const auto now = m.parameters();
    for (std::size_t i = 0; i < now.size(); ++i)
        if (!torch::equal(now[i], before[i])) return false;
    return true;
}

} // namespace

class MethodTrainingTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mrDomainForwardLeavesCtStatisticsUnchanged() {
        torch::manual_seed(3);
        UNet net(smokeUNet(2));
        net->train();
        const auto ctBefore = runningStats(net, kTargetDomain, 2);
        const auto mrBefore = runningStats(net, kAssistantDomain, 2);
        net->forward(torch::rand({4, 1, 32, 32}) - 0.7, kAssistantDomain);
        QVERIFY(sameStats(runningStats(net, kTargetDomain, 2), ctBefore));
        QVERIFY(!sameStats(runningStats(net, kAssistantDomain, 2), mrBefore));
    }

    void mutualStepKeepsEachNetworksCtStatisticsFromCtOnly() {
        // After one mkd step, S_real's and S_syn's CT-domain statistics are exactly what a forward of the CT
        // slices alone (labelled + unlabelled) gives; with one shared domain the MR forward moves them.
        const auto batch = mutualBatch();
        const torch::Tensor ctSlices = torch::cat({batch[0].images, batch[2].images});
        for (const int domains : {2, 1}) {
            torch::manual_seed(5);
            MutualDistillationTrainer trainer(smokeUNet(domains), TrainingProfile::named("smoke"),
                                              MutualDistillationTrainer::Settings{}, torch::kCPU);
            std::map<std::string, std::map<std::string, torch::Tensor>> expected;
            for (auto& [name, net] : trainer.segmentors()) {
                UNet ctOnly = copyOf(net);
                ctOnly->train();
                {
                    torch::NoGradGuard noGrad;
                    ctOnly->forward(ctSlices, kTargetDomain);
                }
                expected[name] = runningStats(ctOnly, kTargetDomain, domains);
            }
            trainer.step(batch, 1e-3, 1);
            for (auto& [name, net] : trainer.segmentors()) {
                const bool fromCtOnly = sameStats(runningStats(net, kTargetDomain, domains), expected[name]);
                QVERIFY2(fromCtOnly == (domains == 2),
                         qPrintable(QString("%1 with %2 domain(s)").arg(name.c_str()).arg(domains)));
            }
        }
    }

    void jointWithTwoDomainsNormalisesMrSeparately() {
        const TrainingProfile profile = TrainingProfile::named("smoke");
        const auto batch = mutualBatch();
        torch::manual_seed(8);
        SingleSegmentorTrainer trainer(smokeUNet(2), profile, torch::kCPU, {kTargetDomain, kAssistantDomain});
        UNet net = trainer.segmentors().at("single");
        UNet ctOnly = copyOf(net);
        ctOnly->train();
        {
            torch::NoGradGuard noGrad;
            ctOnly->forward(batch[0].images, kTargetDomain);
        }
        trainer.step({batch[0], batch[1]}, 1e-3, 1);
        QVERIFY(sameStats(runningStats(net, kTargetDomain, 2), runningStats(ctOnly, kTargetDomain, 2)));
        // The architecture Predictor must build: two domains only for methods that see both modalities.
        nlohmann::json j = profile.toJson();
        j["normalization_domains"] = 2;
        const TrainingProfile twoDomains = TrainingProfile::fromJson(j);
        if (twoDomains.toJson().value("normalization_domains", 1) != 2)
            QSKIP("TrainingProfile has no normalization_domains yet (requested from the engine)");
        QCOMPARE(SegmentationTrainer::unetOptions(twoDomains, 3).normalizationDomains, 2);
        QCOMPARE(SegmentationTrainer::unetOptions(profile, 3).normalizationDomains, 1);
    }

    void endToEndTrainsTheGeneratorAndStagedDoesNot() {
        const TrainingProfile profile = TrainingProfile::named("smoke");
        for (const IamMode mode : {IamMode::Staged, IamMode::EndToEnd}) {
            torch::manual_seed(2);
            auto iam = std::make_shared<ImageAlignmentModule>(profile, 10.0, 0.5, torch::kCPU);
            const auto generatorBefore = snapshot(*iam->assistantToTarget());
            MutualDistillationTrainer::Settings settings;
            settings.options.iamMode = mode;
            settings.options.iamEndToEndLearningRate = 1e-3;
            settings.assistantToTarget = iam->assistantToTarget();
            settings.alignment = iam;
            MutualDistillationTrainer trainer(smokeUNet(1), profile, settings, torch::kCPU);
            const auto losses = trainer.step(mutualBatch(), profile.learningRate, 1);
            const bool generatorMoved = !unchanged(*iam->assistantToTarget(), generatorBefore);
            QCOMPARE(generatorMoved, mode == IamMode::EndToEnd);
            QCOMPARE(losses.count("iam_cycle") == 1, mode == IamMode::EndToEnd);
            QCOMPARE(losses.count("iam_critic_t") == 1, mode == IamMode::EndToEnd);
        }
    }

    void freezingTheCriticsChangesNoNumber() {
        const TrainingProfile profile = TrainingProfile::named("smoke");
        torch::manual_seed(4);
        const torch::Tensor a = torch::rand({2, 1, 32, 32}) * 2 - 1, t = torch::rand({2, 1, 32, 32}) * 2 - 1;
        std::vector<std::vector<torch::Tensor>> weights;
        std::vector<std::map<std::string, double>> losses;
        for (const bool freeze : {true, false}) {
            torch::manual_seed(9);
            ImageAlignmentModule iam(profile, 10.0, 0.5, torch::kCPU);
            iam.setFreezeCriticsInGeneratorPass(freeze);
            for (int i = 1; i <= 3; ++i) losses.push_back(iam.step(a, t, 1e-3, i));
            weights.push_back(snapshot(*iam.assistantToTarget()));
        }
        for (std::size_t i = 0; i < weights[0].size(); ++i) QVERIFY(torch::equal(weights[0][i], weights[1][i]));
        // The critic losses of later steps depend on the critics' weights: equal losses mean equal critics.
        for (int i = 0; i < 3; ++i) QVERIFY(losses[std::size_t(i)] == losses[std::size_t(i + 3)]);
    }

    void noGradTeacherForwardGivesTheSameStepWithoutBatchCoupling() {
        // With instance normalisation the rows of a batch do not interact, so S_real's separate no-grad forward of
        // the unlabelled (teacher-only) rows must give the same losses and the same updated weights.
        UNetOptions unet = smokeUNet(1);
        unet.normalization = "instance";
        std::vector<std::map<std::string, double>> losses;
        std::vector<std::vector<torch::Tensor>> weights;
        for (const bool noGrad : {false, true}) {
            torch::manual_seed(5);
            MutualDistillationTrainer::Settings settings;
            settings.options.teacherForwardNoGrad = noGrad;
            MutualDistillationTrainer trainer(unet, TrainingProfile::named("smoke"), settings, torch::kCPU);
            losses.push_back(trainer.step(mutualBatch(), 1e-3, 1));
            weights.push_back(snapshot(*trainer.segmentors().at("real")));
        }
        for (const auto& [name, value] : losses[0])
            QVERIFY2(std::abs(value - losses[1].at(name)) < 1e-5, name.c_str());
        for (std::size_t i = 0; i < weights[0].size(); ++i)
            QVERIFY(torch::allclose(weights[0][i], weights[1][i], 1e-4, 1e-6));
    }

    void everyModelComesFromOneForwardPerNetwork() {
        torch::manual_seed(6);
        std::map<std::string, UNet> nets{{"real", UNet(smokeUNet(1))}, {"syn", UNet(smokeUNet(1))}};
        SliceSegmenter segmenter(nets, torch::kCPU);
        const torch::Tensor images = torch::rand({3, 1, 32, 32});
        const auto all = segmenter.probabilitiesOfAllModels(images);
        QCOMPARE(all.size(), std::size_t(3));
        for (const std::string model : {"ensemble", "real", "syn"})
            QVERIFY2(torch::equal(all.at(model), segmenter.probabilities(images, model)), model.c_str());
    }
};

int runMethodTrainingTests(int argc, char** argv) {
    MethodTrainingTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "MethodTrainingTest.moc"
