#include "core/dataset/Dataset.h"

#include "core/util/InputError.h"

namespace crossseg {

const DatasetModality* Dataset::modality(const std::string& modalityName) const {
    auto it = modalities.find(modalityName);
    return it == modalities.end() ? nullptr : &it->second;
}

const DatasetCase* Dataset::findCase(const std::string& id) const {
    for (const auto& c : cases)
        if (c.id == id) return &c;
    return nullptr;
}

std::vector<const DatasetCase*> Dataset::casesOfModality(const std::string& modalityName) const {
    std::vector<const DatasetCase*> out;
    for (const auto& c : cases)
        if (c.modality == modalityName) out.push_back(&c);
    return out;
}

std::vector<const DatasetCase*> Dataset::casesInSplit(const std::string& split) const {
    auto it = splits.find(split);
    if (it == splits.end()) throw InputError(root, "the dataset has no split named '" + split + "'");
    std::vector<const DatasetCase*> out;
    for (const auto& id : it->second) {
        const DatasetCase* c = findCase(id);
        if (!c) throw InputError(root, "split '" + split + "' names case '" + id + "', which the dataset does not have");
        out.push_back(c);
    }
    return out;
}

std::optional<std::string> Dataset::modalityWithRole(ModalityRole role) const {
    for (const auto& [name, m] : modalities)
        if (m.role == role) return name;
    return std::nullopt;
}

std::string toString(ModalityRole role) {
    switch (role) {
    case ModalityRole::Target: return "target";
    case ModalityRole::Assistant: return "assistant";
    case ModalityRole::Unassigned: return "unassigned";
    }
    return "unassigned";
}

ModalityRole modalityRoleFromString(const std::string& text) {
    if (text == "target") return ModalityRole::Target;
    if (text == "assistant") return ModalityRole::Assistant;
    return ModalityRole::Unassigned;
}

} // namespace crossseg
