// Forbidden: rendering is VTK without Qt, so that it can be used headless and from the command line.
#include <QObject>
