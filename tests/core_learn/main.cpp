// The core_learn suite: several test classes, one executable (each class lives in its own file; the trainers and
// networks engineers add theirs here).
#include <QtCore/QCoreApplication>

int runLossAndNetworkTests(int argc, char** argv);
int runTrainingRunTests(int argc, char** argv);
int runPredictorTests(int argc, char** argv);
int runNetworkVariantsTests(int argc, char** argv);
int runRunRecordTests(int argc, char** argv);
int runMethodFixesTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runLossAndNetworkTests(argc, argv);
    failures += runTrainingRunTests(argc, argv);
    failures += runPredictorTests(argc, argv);
    failures += runNetworkVariantsTests(argc, argv);
    failures += runRunRecordTests(argc, argv);
    failures += runMethodFixesTests(argc, argv);
    return failures == 0 ? 0 : 1;
}
