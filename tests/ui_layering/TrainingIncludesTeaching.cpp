// Forbidden: the training widgets (wizard, monitor, runs) and the teaching demo do not include each other.
#include "ui/teaching/TeachingDemo.h"
