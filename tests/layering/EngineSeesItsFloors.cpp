// Positive control: the engine sees its own rooms and the base floor below it.
#include "core/learn/Method.h"
#include "core/util/InputError.h"

int layeringProbeEngineSeesItsFloors() { return 0; }
