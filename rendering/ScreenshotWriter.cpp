#include "rendering/ScreenshotWriter.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"

#include <vtkPNGWriter.h>
#include <vtkWindowToImageFilter.h>

namespace crossseg::rendering {

void ScreenshotWriter::writePng(vtkRenderWindow* window, const std::filesystem::path& file) {
    window->Render();
    auto capture = vtkSmartPointer<vtkWindowToImageFilter>::New();
    capture->SetInput(window);
    capture->SetInputBufferTypeToRGB();
    capture->ReadFrontBufferOff(); // the back buffer holds the frame just rendered, even when hidden
    capture->Update();
    AtomicFile::write(file, [&](const std::filesystem::path& temporary) {
        auto writer = vtkSmartPointer<vtkPNGWriter>::New();
        writer->SetInputConnection(capture->GetOutputPort());
        writer->SetFileName(temporary.string().c_str());
        writer->Write();
        if (writer->GetErrorCode() != 0) throw InputError(file, "could not write the PNG screenshot");
    });
}

} // namespace crossseg::rendering
