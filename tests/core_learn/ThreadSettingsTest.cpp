// Issue 10: flushing denormal floats to zero. The mode is per thread (x86 MXCSR), so what a user relies on is that
// it reaches every thread that computes a training step: the calling thread and the OpenMP team of its parallel
// regions. And it must switch back off, because the Studio reuses its worker thread for runs of either kind.
#include "core/learn/ThreadSettings.h"
#include "core/learn/TrainingProfile.h"

#include <torch/torch.h>
#include <QtTest/QtTest>

#include <cfloat>
#include <string>
#include <thread>

using namespace crossseg;

namespace {

// FLT_MIN / 4: a denormal. Through volatiles so that the compiler cannot fold the product at compile time.
float denormalProduct() {
    volatile float smallest = FLT_MIN;
    volatile float quarter = 0.25f;
    return smallest * quarter;
}

// The product computed by ATen's own OpenMP team: a tensor multiplication large enough for ATen to split it over
// every member (a parallel_for written here would run serially: this file is not compiled with -fopenmp). Returns
// how many elements came out as `expected`, of kElements.
constexpr int64_t kElements = int64_t(1) << 20;

int64_t teamProductsEqualTo(float expected) {
    const torch::Tensor products = torch::full({kElements}, FLT_MIN) * 0.25f;
    return (products == expected).sum().item<int64_t>();
}

} // namespace

class ThreadSettingsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ThreadSettings::setFlushDenormals(false); }

    void switchesTheCallingThreadAndItsWholeTeamBothWays() {
        at::set_num_threads(2); // a team even on a one-core machine: the members are threads, not cores
        // The team exists before the mode changes, as in a training that resumes on a reused worker thread.
        teamProductsEqualTo(0.0f);
        // Exact comparisons: QCOMPARE on floats is fuzzy and would take a denormal for zero.
        for (bool flush : {true, false, true, false}) {
            if (!ThreadSettings::setFlushDenormals(flush)) QSKIP("this CPU cannot flush denormals to zero");
            const float expected = flush ? 0.0f : FLT_MIN / 4;
            QVERIFY(denormalProduct() == expected);
            QCOMPARE(teamProductsEqualTo(expected), kElements);
        }
    }

    void threadsStartedLaterInheritTheMode() {
        if (!ThreadSettings::setFlushDenormals(true)) QSKIP("this CPU cannot flush denormals to zero");
        // Autograd's and a new team's threads are started by the training thread.
        float inThread = -1.0f;
        std::thread([&inThread] { inThread = denormalProduct(); }).join();
        QVERIFY2(inThread == 0.0f, std::to_string(inThread).c_str());
    }

    void profilesFlushOnlyWhenAsked() {
        // Off in the named profiles (no gain measured on this project's machine), and in run folders written before
        // the parameter existed; a profile file turns it on.
        for (const std::string& name : TrainingProfile::names())
            QVERIFY2(!TrainingProfile::named(name).flushDenormals, name.c_str());
        nlohmann::json older = TrainingProfile::named("cpu-quick").toJson();
        older.erase("flush_denormals");
        QVERIFY(!TrainingProfile::fromJson(older).flushDenormals);
        QVERIFY(TrainingProfile::resolve("smoke", {{"flush_denormals", true}}).flushDenormals);
    }
};

int runThreadSettingsTests(int argc, char** argv) {
    ThreadSettingsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ThreadSettingsTest.moc"
