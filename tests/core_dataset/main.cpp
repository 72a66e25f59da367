// The core_dataset suite: several test classes, one executable (Qt Test's QTEST_MAIN allows only one class).
#include <QtCore/QCoreApplication>

int runTestCoreDataset(int argc, char** argv);
int runPhysicalUnitsTests(int argc, char** argv);
int runPhysicalUnitsPredictionTests(int argc, char** argv);
namespace crossseg::test {
int runDatasetCachePreparerTests(int argc, char** argv);
}

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    int failures = 0;
    failures += runTestCoreDataset(argc, argv);
    failures += runPhysicalUnitsTests(argc, argv);
    failures += runPhysicalUnitsPredictionTests(argc, argv);
    failures += crossseg::test::runDatasetCachePreparerTests(argc, argv);
    return failures == 0 ? 0 : 1;
}
