// Forbidden: the model room cannot see the widgets above it.
#include "ui/session/ViewerState.h"
