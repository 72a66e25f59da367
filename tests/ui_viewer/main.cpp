// The ui_viewer suite: several test classes, one executable (each class lives in its own file).
#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>

#include "core/util/Log.h"

int runTestUiViewer(int argc, char** argv);
int runLabelEditingTest(int argc, char** argv);
int runStudioOpeningTest(int argc, char** argv);

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // QSettings of the tests stay out of the user's
    QCoreApplication::setOrganizationName(QStringLiteral("CrossSegTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_viewer"));
    crossseg::log::LogOptions options;
    options.logToFile = false;
    options.consoleLevel = crossseg::log::Level::Warning;
    crossseg::log::setup(options);
    int failures = 0;
    failures += runTestUiViewer(argc, argv);
    failures += runLabelEditingTest(argc, argv);
    failures += runStudioOpeningTest(argc, argv);
    return failures == 0 ? 0 : 1;
}
