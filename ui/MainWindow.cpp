#include "MainWindow.h"

namespace crossseg::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("CrossSeg Studio"));
    resize(1280, 800);
}

} // namespace crossseg::ui
