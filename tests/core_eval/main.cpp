// The core_eval suite: several test classes, one executable (each class lives in its own file).
#include <QtCore/QCoreApplication>

int runCoreEvalTests(int argc, char** argv);
int runSurfaceDistancesTests(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int failures = 0;
    failures += runCoreEvalTests(argc, argv);
    failures += runSurfaceDistancesTests(argc, argv);
    return failures == 0 ? 0 : 1;
}
