#pragma once
// Registers the ITK image IO factories CrossSeg reads and writes (NIfTI, MetaImage, NRRD, DICOM through GDCM).
// ITK's UseITK.cmake would do this through a generated header and a definition on every target in the directory;
// doing it here keeps ITK's include paths on core/io alone. Safe to call from any thread, any number of times.
namespace crossseg {
void registerItkImageIo();
}
