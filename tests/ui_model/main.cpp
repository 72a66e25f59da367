// The ui_model suite: the Studio's Qt-free model, without widgets or a display.
#include "core/util/Log.h"

#include <QCoreApplication>

int runStudioSessionTest(int argc, char** argv);
int runLabelCodingTest(int argc, char** argv);
int runCaseSourceCodingTest(int argc, char** argv);
int runSlurmExportTest(int argc, char** argv);
int runIamTranslatorTest(int argc, char** argv);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    crossseg::log::LogOptions options;
    options.logToFile = false;
    options.consoleLevel = crossseg::log::Level::Warning;
    crossseg::log::setup(options);
    int failures = 0;
    failures += runStudioSessionTest(argc, argv);
    failures += runLabelCodingTest(argc, argv);
    failures += runCaseSourceCodingTest(argc, argv);
    failures += runSlurmExportTest(argc, argv);
    failures += runIamTranslatorTest(argc, argv);
    return failures == 0 ? 0 : 1;
}
