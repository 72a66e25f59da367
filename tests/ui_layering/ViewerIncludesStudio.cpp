// Forbidden: the viewer's panels cannot reach the main window that composes them.
#include "ui/studio/MainWindow.h"
