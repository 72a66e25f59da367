// The core_preprocess suite: several test classes, one executable (Qt Test's QTEST_MAIN allows only one class).
#include "PreprocessTestSuites.h"

#include <QtCore/QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    int failures = 0;
    failures += crossseg::test::runIntensityAndResamplingTests(argc, argv);
    failures += crossseg::test::runSliceCacheTests(argc, argv);
    failures += crossseg::test::runPhysicalIntensityTests(argc, argv);
    return failures == 0 ? 0 : 1;
}
