// CrossSeg Studio: the desktop application.
#include "MainWindow.h"

#include <QApplication>
#include <QSurfaceFormat>

int main(int argc, char** argv) {
    // VTK needs an OpenGL 3.2 core context; it must be the default before QApplication exists.
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    QSurfaceFormat::setDefaultFormat(format);

    QApplication app(argc, argv);
    QApplication::setApplicationName("CrossSeg Studio");
    QApplication::setOrganizationName("CrossSeg");
    crossseg::ui::MainWindow window;
    window.show();
    return app.exec();
}
