// The core_learn suite: several test classes, one executable (each class lives in its own file).
#include <QtCore/QCoreApplication>

int runLossAndNetworkTests(int argc, char** argv);
int runTrainingRunTests(int argc, char** argv);
int runPredictorTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runLossAndNetworkTests(argc, argv);
    failures += runTrainingRunTests(argc, argv);
    failures += runPredictorTests(argc, argv);
    return failures == 0 ? 0 : 1;
}
