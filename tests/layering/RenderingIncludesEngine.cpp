// Forbidden: rendering draws volumes and labels; it has no business with the learning engine.
#include "core/learn/Method.h"
