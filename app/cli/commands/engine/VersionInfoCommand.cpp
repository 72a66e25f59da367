// crossseg info: what this build of CrossSeg can do (layers built, LibTorch, devices).
#include "CommandRegistry.h"

#include "core/util/BuildCommit.h"

#include <torch/torch.h>

#include <iostream>

namespace crossseg::cli {
namespace {
void setupInfo(CLI::App& command) {
    command.callback([] {
        std::cout << "crossseg " << CROSSSEG_VERSION << ", built from " << BuildCommit::text() << "\n";
        std::cout << "LibTorch: " << TORCH_VERSION << ", CUDA available: " << (torch::cuda::is_available() ? "yes" : "no");
        if (torch::cuda::is_available()) std::cout << " (" << torch::cuda::device_count() << " devices)";
        std::cout << "\n";
#ifdef CROSSSEG_HAVE_ITK
        std::cout << "ITK data layer: yes\n";
#else
        std::cout << "ITK data layer: no (engine-only build: train and bench read slice caches)\n";
#endif
    });
}
const bool registered = CommandRegistry::add("", "info", "Show what this build can do", &setupInfo);
} // namespace
} // namespace crossseg::cli
