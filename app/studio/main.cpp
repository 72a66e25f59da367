// CrossSeg Studio: the desktop application.
//   crossseg-studio [--dataset PATH] [--case ID] [--alignment RUN] [--screenshot PNG] [--verbose]
#include "ui/studio/MainWindow.h"
#include "ui/alignment/AlignmentWindow.h"
#include "ui/preferences/LanguageSettings.h"
#include "ui/studio/TrainingFeature.h"
#include "core/util/Log.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSurfaceFormat>
#include <QTimer>

#include <memory>

int main(int argc, char** argv) {
    // VTK needs an OpenGL 3.2 core context; it must be the default before QApplication exists.
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    QSurfaceFormat::setDefaultFormat(format);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CrossSeg Studio"));
    QApplication::setOrganizationName(QStringLiteral("CrossSeg"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSSEG_VERSION));
    // Before any window exists, so that every tr() sees the translator.
    crossseg::ui::LanguageSettings::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Cross-modality medical image segmentation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        QApplication::translate("main", "Open this dataset (manifest JSON, MM-WHS or nnU-Net folder) at start."),
        QStringLiteral("path"));
    const QCommandLineOption caseOption(QStringLiteral("case"),
                                        QApplication::translate("main", "Then open this case of the dataset (default: its first target case)."),
                                        QStringLiteral("id"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QApplication::translate("main", "Log debug messages too."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this PNG once the case is shown, then quit "
                                        "(for documentation and checks under a virtual display)."),
        QStringLiteral("png"));
    const QCommandLineOption alignmentOption(
        QStringLiteral("alignment"),
        QApplication::translate("main", "Open the alignment view (MR, MR after the IAM, CT) of this run folder."),
        QStringLiteral("run"));
    parser.addOptions({datasetOption, caseOption, alignmentOption, screenshotOption, verboseOption});
    parser.process(app);

    crossseg::log::LogOptions logOptions;
    if (parser.isSet(verboseOption)) logOptions.consoleLevel = crossseg::log::Level::Debug;
    crossseg::log::setup(logOptions);

    crossseg::ui::MainWindow window;
    // The training side (wizard, monitor, runs panel, prediction, alignment view, teaching demo); owned by the window.
    new crossseg::ui::TrainingFeature(&window);
    window.show();
    std::unique_ptr<crossseg::ui::AlignmentWindow> alignment;
    if (parser.isSet(alignmentOption)) {
        try {
            alignment = std::make_unique<crossseg::ui::AlignmentWindow>(parser.value(alignmentOption));
            alignment->resize(1400, 640);
            alignment->show();
        } catch (const std::exception& e) {
            window.showError(QApplication::translate("main", "Cannot open the alignment view"), QString::fromStdString(e.what()));
        }
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QWidget* subject = alignment ? static_cast<QWidget*>(alignment.get()) : &window;
        // Give loading and the 3D view's background surface extraction time to finish before the picture.
        QTimer::singleShot(8000, &window, [subject, file] {
            const bool saved = subject->grab().save(file);
            if (!saved) crossseg::log::error(file.toStdString() + ": cannot write the screenshot");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    // Without --case the dataset's first target case is shown.
    if (parser.isSet(datasetOption)) window.openDataset(parser.value(datasetOption), parser.value(caseOption));
    return app.exec();
}
