// The ui_training suite: several test classes, one executable (each class lives in its own file).
#include <QApplication>

int runWizardTest(int argc, char** argv);
int runTestUiTraining(int argc, char** argv);
int runMetricChartTest(int argc, char** argv);

int main(int argc, char** argv) {
    // Widgets only (no OpenGL): the offscreen platform works without an X server.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName("CrossSeg-tests");
    int failures = 0;
    failures += runWizardTest(argc, argv);
    failures += runMetricChartTest(argc, argv);
    failures += runTestUiTraining(argc, argv);
    return failures == 0 ? 0 : 1;
}
