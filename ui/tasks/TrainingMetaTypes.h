#pragma once
// The engine's report structs travel from the training thread to the GUI thread in queued signals, so Qt's
// meta-type system must know them.
#include "core/learn/TrainingObserver.h"

#include <QMetaType>

Q_DECLARE_METATYPE(crossseg::TrainingIterationReport)
Q_DECLARE_METATYPE(crossseg::TrainingValidationReport)
