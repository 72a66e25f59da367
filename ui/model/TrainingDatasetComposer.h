#pragma once
#include "core/dataset/Dataset.h"

#include <string>

namespace crossseg::ui {

// Builds the one Dataset a training run preprocesses from the wizard's choices: the target modality of one
// dataset and the assistant modality of the same or another dataset. Roles are set as the user chose them (they
// may differ from the manifest's), other modalities are dropped, and when the assistant comes from another
// dataset its label map is rewritten onto the target's class indices (matched by name, see LabelSetCheck).
class TrainingDatasetComposer {
public:
    // Throws InputError when a modality is missing or a class cannot be matched.
    static Dataset compose(const Dataset& targetDataset, const std::string& targetModality,
                           const Dataset& assistantDataset, const std::string& assistantModality);
};

} // namespace crossseg::ui
