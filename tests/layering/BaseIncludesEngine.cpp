// Forbidden: the base floor (data model, slice cache) must not depend on the learning engine.
#include "core/learn/Method.h"
