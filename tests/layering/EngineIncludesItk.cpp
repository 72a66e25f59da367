// Forbidden: the learning engine builds on GPU servers that have no ITK.
#include <itkImage.h>
