// Issue 9/10 building blocks without training: the KD weight ramp, the method options, the IAM's learning-rate
// schedule, the abdominal slice range, deferred augmentation, and the one-copy loss readout.
#include "core/learn/AbdominalSliceRange.h"
#include "core/learn/ImageAlignmentModule.h"
#include "core/learn/KdWeightSchedule.h"
#include "core/learn/MethodOptions.h"
#include "core/learn/NonFiniteLoss.h"
#include "core/learn/SegmentationStreams.h"
#include "core/learn/SegmentationTrainer.h"
#include "core/learn/SliceBatchLoader.h"
#include "core/learn/TrainingProfile.h"
#include "core/util/InputError.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace crossseg;

namespace {

// A case of `count` 4x4 slices; slices [organFirst, organEnd) show class 1 (when labelled), slice s has value s.
CaseSlices caseWithOrgan(int count, int organFirst, int organEnd) {
    CaseSlices c;
    c.count = count;
    c.height = c.width = 4;
    for (int s = 0; s < count; ++s)
        for (int i = 0; i < 16; ++i) {
            c.images.push_back(float(s));
            c.labels.push_back(s >= organFirst && s < organEnd ? 1 : 0);
        }
    return c;
}

bool close(double a, double b) { return std::abs(a - b) < 1e-9; }

} // namespace

class MethodOptionsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kdWeightRampGivesItsStatedValues() {
        using R = KdWeightSchedule::Ramp;
        const KdWeightSchedule none(0.5, R::None, 0.25, 400);
        QCOMPARE(none.weightAt(1), 0.5);
        QCOMPARE(none.weightAt(400), 0.5);
        // Linear over 25 % of 400 iterations = 100: lambda * i / 100, then lambda.
        const KdWeightSchedule linear(0.5, R::Linear, 0.25, 400);
        QCOMPARE(linear.rampIterations(), 100LL);
        QVERIFY(close(linear.weightAt(0), 0.0));
        QVERIFY(close(linear.weightAt(10), 0.05));
        QVERIFY(close(linear.weightAt(50), 0.25));
        QCOMPARE(linear.weightAt(100), 0.5);
        QCOMPARE(linear.weightAt(300), 0.5);
        // Sigmoid over 20 % of 100 = 20: lambda * exp(-5 (1 - i/20)^2).
        const KdWeightSchedule sigmoid(1.0, R::Sigmoid, 0.2, 100);
        QVERIFY(close(sigmoid.weightAt(0), std::exp(-5.0)));           // 0.0067
        QVERIFY(close(sigmoid.weightAt(10), std::exp(-1.25)));         // 0.2865
        QVERIFY(std::abs(sigmoid.weightAt(10) - 0.286505) < 1e-6);
        QCOMPARE(sigmoid.weightAt(20), 1.0);
        QVERIFY(sigmoid.weightAt(5) < sigmoid.weightAt(15));
        QCOMPARE(KdWeightSchedule::parseRamp("sigmoid"), R::Sigmoid);
        QVERIFY_THROWS_EXCEPTION(InputError, KdWeightSchedule::parseRamp("cosine"));
    }

    void methodOptionsDefaultToTheOriginalAndRoundTrip() {
        QVERIFY(MethodOptions().nonDefaults().empty());
        // A profile without the keys (an older config.json) reads as the defaults.
        QVERIFY(MethodOptions::readFrom(nlohmann::json::object()) == MethodOptions());
        MethodOptions o;
        o.iamMode = IamMode::EndToEnd;
        o.kdRamp = KdWeightSchedule::Ramp::Linear;
        o.unlabeledTargetAbdominalRange = true;
        nlohmann::json j;
        o.writeTo(j);
        QCOMPARE(j.at("iam_mode").get<std::string>(), std::string("end-to-end"));
        QVERIFY(MethodOptions::readFrom(j) == o);
        QCOMPARE(int(o.nonDefaults().size()), 3);
        QVERIFY_THROWS_EXCEPTION(InputError, MethodOptions::readFrom(nlohmann::json{{"iam_mode", "joint"}}));
        QVERIFY_THROWS_EXCEPTION(InputError, MethodOptions::readFrom(nlohmann::json{{"kd_ramp_fraction", 2.0}}));
        QVERIFY_THROWS_EXCEPTION(InputError, MethodOptions::readFrom(nlohmann::json{{"iam_identity_terms", "no"}}));
    }

    void iamLearningRateIsConstantForHalfThenDecaysToZeroAtTheEnd() {
        // Issue 9 read "reaches zero after 200 of 400": it does not; it starts decaying there.
        const double base = 2e-4;
        QCOMPARE(ImageAlignmentModule::learningRateAt(0, 400, base), base);
        QCOMPARE(ImageAlignmentModule::learningRateAt(199, 400, base), base);
        QCOMPARE(ImageAlignmentModule::learningRateAt(200, 400, base), base);
        QVERIFY(close(ImageAlignmentModule::learningRateAt(300, 400, base), base / 2));
        QVERIFY(close(ImageAlignmentModule::learningRateAt(399, 400, base), base * 2.0 / 400));
    }

    void abdominalRangeComesFromLabelledOrgansAndRestrictsOtherCases() {
        SlicePool labelled(4, 4);
        labelled.addCase(caseWithOrgan(10, 2, 5), true);  // organs over [0.2, 0.5)
        labelled.addCase(caseWithOrgan(20, 6, 12), true); // organs over [0.3, 0.6)
        const auto range = AbdominalSliceRange::fromLabelledCases(labelled, 0.05);
        QVERIFY(close(range.lower(), 0.15));
        QVERIFY(close(range.upper(), 0.65));
        // An unlabelled case of 40 slices: its labels (all organ here) are never read.
        SlicePool unlabelled(4, 4);
        unlabelled.addCase(caseWithOrgan(40, 0, 40), false);
        const SlicePool kept = range.restrict(unlabelled);
        // (s + 0.5) / 40 in [0.15, 0.65]: s = 6 .. 25.
        QCOMPARE(kept.size(), std::int64_t(20));
        QCOMPARE(kept.image(0)[0], 6.0f);
        QCOMPARE(kept.image(19)[0], 25.0f);
        QVERIFY(!kept.hasLabels());
        // Labelled pools keep labels and organ indices.
        const SlicePool labelledKept = AbdominalSliceRange(0.2, 0.5).restrict(labelled);
        QVERIFY(labelledKept.hasLabels());
        QCOMPARE(labelledKept.organClasses().size(), std::size_t(1));
        QVERIFY(AbdominalSliceRange::fromLabelledCases(unlabelled, 0.05).wholeVolume());
    }

    void deferredAugmentationEqualsAugmentingInTheLoader() {
        TrainingProfile profile = TrainingProfile::named("smoke");
        SlicePool pool(8, 8);
        CaseSlices c;
        c.count = 6;
        c.height = c.width = 8;
        for (int i = 0; i < 6 * 64; ++i) {
            c.images.push_back(float(std::sin(0.37 * i)));
            c.labels.push_back(std::uint8_t((i / 7) % 3));
        }
        pool.addCase(c, true);
        BatchStream now{&pool, 4, true, true, 0.5};
        BatchStream later = now;
        later.deferImageAugmentation = true;
        const SliceAugmenter augmenter(profile);
        const auto direct = SliceBatchLoader({now}, augmenter, 7, 0, 3, 1, 1).build(2);
        const auto deferred = SliceBatchLoader({later}, augmenter, 7, 0, 3, 1, 1).build(2);
        QVERIFY(deferred[0].pendingImageAugmentation.defined());
        QVERIFY(!direct[0].pendingImageAugmentation.defined());
        QVERIFY(torch::equal(direct[0].labels, deferred[0].labels));
        QVERIFY(!torch::equal(direct[0].images, deferred[0].images)); // still clean
        const torch::Tensor applied =
            SliceAugmenter::augmentImages(deferred[0].images, deferred[0].pendingImageAugmentation);
        QVERIFY(torch::equal(direct[0].images, applied));
    }

    void segmentationStreamsApplyTheOptions() {
        TrainingProfile profile = TrainingProfile::named("smoke");
        SlicePool labelled(4, 4), assistant(4, 4), unlabelled(4, 4);
        labelled.addCase(caseWithOrgan(10, 4, 6), true);
        assistant.addCase(caseWithOrgan(10, 2, 8), true);
        unlabelled.addCase(caseWithOrgan(10, 0, 0), false);
        const MethodTraits& mkdIam = MethodTraits::of(Method::MkdIam);
        {
            const SegmentationStreams plain(mkdIam, labelled, assistant, unlabelled, profile);
            QCOMPARE(plain.streams().size(), std::size_t(3));
            QCOMPARE(plain.unlabeledSlices(), std::int64_t(10));
            QVERIFY(!plain.streams()[1].deferImageAugmentation);
        }
        nlohmann::json j = profile.toJson();
        j["unlabeled_target_abdominal_range"] = true;
        j["abdominal_range_margin"] = 0.0;
        j["translate_clean_assistant"] = true;
        MethodOptions::readFrom(j).writeTo(j);
        const TrainingProfile withOptions = TrainingProfile::fromJson(j);
        if (!MethodOptions::of(withOptions).unlabeledTargetAbdominalRange)
            QSKIP("TrainingProfile does not carry the method options yet (requested from the engine)");
        const SegmentationStreams restricted(mkdIam, labelled, assistant, unlabelled, withOptions);
        QCOMPARE(restricted.unlabeledSlices(), std::int64_t(2)); // organ slices 4, 5 of 10: [0.4, 0.6]
        QVERIFY(restricted.streams()[1].deferImageAugmentation);
        const SegmentationStreams mkd(MethodTraits::of(Method::Mkd), labelled, assistant, unlabelled, withOptions);
        QVERIFY(!mkd.streams()[1].deferImageAugmentation); // nothing to translate without the IAM
    }

    void lossTermsAreReadInOneCopyAndNonFiniteTermsAreNamed() {
        const torch::Tensor a = torch::tensor(1.25f), b = torch::tensor(-3.5f);
        const auto values = SegmentationTrainer::readTerms({{"a", a}, {"b", b}}, {{"total", a + b}}, 5);
        QCOMPARE(values.at("a"), a.item<double>());
        QCOMPARE(values.at("b"), b.item<double>());
        QCOMPARE(values.at("total"), -2.25);
        const torch::Tensor nan = torch::tensor(std::numeric_limits<float>::quiet_NaN());
        QString message;
        try {
            SegmentationTrainer::readTerms({{"a", a}, {"syn_kd", nan}}, {}, 812);
        } catch (const NonFiniteLoss& e) {
            message = e.what();
        }
        QCOMPARE(message, QString("loss term 'syn_kd' became NaN at iteration 812"));
        // A reported-only term is not checked.
        QVERIFY(std::isnan(SegmentationTrainer::readTerms({{"a", a}}, {{"total", nan}}, 1).at("total")));
    }
};

int runMethodOptionsTests(int argc, char** argv) {
    MethodOptionsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "MethodOptionsTest.moc"
