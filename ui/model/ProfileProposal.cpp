#include "ui/model/ProfileProposal.h"

#include "core/phantom/DemoDatasetGenerator.h"

#include <system_error>

namespace crossseg::ui {

bool ProfileProposal::isDemoPhantom(const Dataset& dataset) {
    // root is the folder (MM-WHS, nnU-Net) or the manifest file (whose folder holds the data).
    std::error_code error;
    const auto folder = std::filesystem::is_directory(dataset.root, error) ? dataset.root : dataset.root.parent_path();
    return std::filesystem::exists(folder / DemoDatasetGenerator::markerFileName(), error);
}

std::string ProfileProposal::forTarget(const Dataset& target) {
    return isDemoPhantom(target) ? "demo" : "cpu-converged";
}

} // namespace crossseg::ui
