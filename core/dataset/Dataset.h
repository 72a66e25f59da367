#pragma once
#include "core/image/StoredIntensity.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crossseg {

// What a dataset is, independent of how it was found on disk (manifest JSON, MM-WHS folder, nnU-Net folder).
// Class index 0 is always background.

enum class ModalityRole { Target, Assistant, Unassigned };

struct DatasetModality {
    std::string name;                  // "ct", "mr"
    ModalityRole role = ModalityRole::Unassigned;
    std::map<int, int> labelMap;       // value in the label file -> class index; unlisted values map to background
    bool labelMapIsStrict = false;     // true: a value not in labelMap is a problem (MM-WHS codes), not background
    StoredIntensity storedIntensity;   // manifest "stored_intensity": how its images' numbers map to physical units
                                       // (undeclared: already physical). DatasetLoader applies it.
};

struct DatasetCase {
    std::string id;                    // unique within the dataset: "ct_00", "mr_train_1001"
    std::string modality;              // key into Dataset::modalities
    std::filesystem::path image;       // absolute
    std::filesystem::path label;       // absolute; empty when the case has no label
    std::vector<std::string> problems; // found while discovering or validating; empty when healthy

    bool hasLabel() const { return !label.empty(); }
};

struct Dataset {
    std::string name;
    std::filesystem::path root;          // folder or manifest file it was discovered from
    std::string layout;                  // "manifest", "mmwhs", "nnunet"
    std::vector<std::string> classes;    // classes[0] == "background"
    std::map<std::string, DatasetModality> modalities;
    std::vector<DatasetCase> cases;
    std::map<std::string, std::vector<std::string>> splits; // split name -> case ids

    const DatasetModality* modality(const std::string& name) const;
    const DatasetCase* findCase(const std::string& id) const;
    std::vector<const DatasetCase*> casesOfModality(const std::string& modality) const;
    std::vector<const DatasetCase*> casesInSplit(const std::string& split) const; // throws InputError if unknown
    std::optional<std::string> modalityWithRole(ModalityRole role) const;
};

std::string toString(ModalityRole role);
ModalityRole modalityRoleFromString(const std::string& text); // "target", "assistant", else Unassigned

} // namespace crossseg
