// Forbidden: the model room is Qt-free (crossseg_ui_model links core only).
#include <QObject>
