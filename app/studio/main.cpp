// CrossSeg Studio: the desktop application.
//   crossseg-studio [--dataset PATH] [--case ID] [--alignment RUN] [--teaching FOLDER [--teaching-step N]]
//                   [--screenshot PNG] [--verbose]
#include "ui/studio/MainWindow.h"
#include "ui/alignment/AlignmentWindow.h"
#include "ui/preferences/LanguageSettings.h"
#include "ui/studio/TrainingFeature.h"
#include "ui/teaching/TeachingDemo.h"
#include "core/util/BuildCommit.h"
#include "core/util/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSurfaceFormat>
#include <QTimer>

#include <memory>

namespace {

struct StudioOptions {
    QCommandLineOption dataset{QStringLiteral("dataset"),
                               QApplication::translate("main", "Open this dataset (manifest JSON, MM-WHS or nnU-Net folder) at start."),
                               QStringLiteral("path")};
    QCommandLineOption caseId{QStringLiteral("case"),
                              QApplication::translate("main", "Then open this case of the dataset (default: its first target case)."),
                              QStringLiteral("id")};
    QCommandLineOption verbose{QStringLiteral("verbose"), QApplication::translate("main", "Log debug messages too.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this PNG once the case is shown, then quit "
                                        "(for documentation and checks under a virtual display)."),
        QStringLiteral("png")};
    QCommandLineOption alignment{
        QStringLiteral("alignment"),
        QApplication::translate("main", "Open the alignment view (MR, MR after the IAM, CT) of this run folder."),
        QStringLiteral("run")};
    QCommandLineOption teaching{
        QStringLiteral("teaching"),
        QApplication::translate("main", "Open the teaching demo with this work folder (its data, slice cache and runs; "
                                        "finished runs are reused, missing ones are trained)."),
        QStringLiteral("folder")};
    QCommandLineOption teachingStep{
        QStringLiteral("teaching-step"),
        QApplication::translate("main", "Once the teaching demo is ready, show this step (0 welcome ... 4 ensemble, 5 "
                                        "baseline); with --screenshot, the picture is taken of that step."),
        QStringLiteral("step"), QStringLiteral("0")};
};

// VTK needs an OpenGL 3.2 core context; it must be the default before QApplication exists.
void useOpenGlCoreProfile() {
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    QSurfaceFormat::setDefaultFormat(format);
}

// Saves a picture of `subject` to `file` and quits with the result.
void grabAndQuit(QWidget* subject, const QString& file) {
    const bool saved = subject->grab().save(file);
    if (!saved) crossseg::log::error(file.toStdString() + ": cannot write the screenshot");
    QApplication::exit(saved ? 0 : 1);
}

// The teaching demo on a work folder of the user's choice. It prepares (or reuses) its runs on a worker thread; once
// ready it shows the chosen step and, for --screenshot, the picture is taken of it then (training may take minutes).
std::unique_ptr<crossseg::ui::TeachingDemo> openTeachingDemo(const QCommandLineParser& parser, const StudioOptions& o) {
    auto demo = std::make_unique<crossseg::ui::TeachingDemo>();
    demo->setWorkFolder(parser.value(o.teaching));
    demo->resize(1400, 900);
    demo->show();
    const int step = parser.value(o.teachingStep).toInt();
    const QString screenshot = parser.isSet(o.screenshot) ? parser.value(o.screenshot) : QString();
    crossseg::ui::TeachingDemo* shown = demo.get();
    QObject::connect(shown, &crossseg::ui::TeachingDemo::ready, shown, [shown, step, screenshot] {
        shown->showStep(step);
        // The step's pictures are drawn from the results at once; a short wait lets the layout settle.
        if (!screenshot.isEmpty()) QTimer::singleShot(1500, shown, [shown, screenshot] { grabAndQuit(shown, screenshot); });
    });
    demo->startPreparation();
    return demo;
}

} // namespace

int main(int argc, char** argv) {
    useOpenGlCoreProfile();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CrossSeg Studio"));
    QApplication::setOrganizationName(QStringLiteral("CrossSeg"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSSEG_VERSION " (") +
                                        QString::fromStdString(crossseg::BuildCommit::text()) + QStringLiteral(")"));
    // Before any window exists, so that every tr() sees the translator.
    crossseg::ui::LanguageSettings::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cross-modality medical image segmentation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const StudioOptions o;
    parser.addOptions({o.dataset, o.caseId, o.alignment, o.teaching, o.teachingStep, o.screenshot, o.verbose});
    parser.process(app);

    crossseg::log::LogOptions logOptions;
    if (parser.isSet(o.verbose)) logOptions.consoleLevel = crossseg::log::Level::Debug;
    crossseg::log::setup(logOptions);

    crossseg::ui::MainWindow window;
    // The training side (wizard, monitor, runs panel, prediction, alignment view, teaching demo); owned by the window.
    new crossseg::ui::TrainingFeature(&window);
    window.show();
    std::unique_ptr<crossseg::ui::AlignmentWindow> alignment;
    if (parser.isSet(o.alignment)) {
        try {
            alignment = std::make_unique<crossseg::ui::AlignmentWindow>(parser.value(o.alignment));
            alignment->resize(1400, 640);
            alignment->show();
        } catch (const std::exception& e) {
            window.showError(QApplication::translate("main", "Cannot open the alignment view"), QString::fromStdString(e.what()));
        }
    }
    std::unique_ptr<crossseg::ui::TeachingDemo> teaching;
    if (parser.isSet(o.teaching)) teaching = openTeachingDemo(parser, o);
    if (parser.isSet(o.screenshot) && !teaching) {
        const QString file = parser.value(o.screenshot);
        QWidget* subject = alignment ? static_cast<QWidget*>(alignment.get()) : &window;
        // Give loading and the 3D view's background surface extraction time to finish before the picture.
        QTimer::singleShot(8000, &window, [subject, file] { grabAndQuit(subject, file); });
    }
    // Without --case the dataset's first target case is shown.
    if (parser.isSet(o.dataset)) window.openDataset(parser.value(o.dataset), parser.value(o.caseId));
    return app.exec();
}
