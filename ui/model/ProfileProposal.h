#pragma once
// The training profile the wizard proposes for a dataset: `demo` for the demo phantom (the profile made for it,
// minutes on a laptop), `cpu-converged` for real data (the converged budget of docs/RESULTS.md; `cpu-quick` stays
// on offer for a first look). Qt-free.
#include "core/dataset/Dataset.h"

#include <string>

namespace crossseg::ui {

class ProfileProposal {
public:
    static std::string forTarget(const Dataset& target);
    // Whether the dataset is the demo phantom: its folder holds the generator's marker file.
    static bool isDemoPhantom(const Dataset& dataset);
};

} // namespace crossseg::ui
