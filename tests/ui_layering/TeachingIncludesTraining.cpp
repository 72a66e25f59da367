// Forbidden: the teaching demo uses the background tasks, never the training wizard.
#include "ui/wizard/TrainingWizard.h"
