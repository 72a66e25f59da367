// Positive control: the studio room (crossseg_ui) sees every ui room below it.
#include "ui/model/StudioSession.h"
#include "ui/monitor/TrainingMonitor.h"
#include "ui/session/ViewerState.h"
#include "ui/studio/MainWindow.h"
#include "ui/tasks/BackgroundTraining.h"
#include "ui/teaching/TeachingDemo.h"
#include "ui/wizard/TrainingWizard.h"
