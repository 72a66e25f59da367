#pragma once
#include <vtkRenderWindow.h>

#include <filesystem>

namespace crossseg::rendering {

// Saves what a render window shows as a PNG, atomically.
class ScreenshotWriter {
public:
    static void writePng(vtkRenderWindow* window, const std::filesystem::path& file);
};

} // namespace crossseg::rendering
