// Forbidden: the learning engine (LibTorch only) must not read files through the ITK data layer above it.
#include "core/io/VolumeReader.h"
