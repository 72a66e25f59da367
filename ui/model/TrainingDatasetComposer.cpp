#include "ui/model/TrainingDatasetComposer.h"

#include "ui/model/LabelSetCheck.h"
#include "core/util/InputError.h"

#include <set>

namespace crossseg::ui {

namespace {

const DatasetModality& requireModality(const Dataset& dataset, const std::string& name) {
    const DatasetModality* modality = dataset.modality(name);
    if (!modality) throw InputError(dataset.root, "the dataset has no modality named '" + name + "'");
    return *modality;
}

} // namespace

Dataset TrainingDatasetComposer::compose(const Dataset& targetDataset, const std::string& targetModality,
                                         const Dataset& assistantDataset, const std::string& assistantModality) {
    const DatasetModality& target = requireModality(targetDataset, targetModality);
    const DatasetModality& assistant = requireModality(assistantDataset, assistantModality);
    if (targetModality == assistantModality && &targetDataset == &assistantDataset)
        throw InputError(targetDataset.root, "target and assistant must be different modalities");

    Dataset out;
    out.name = targetDataset.name;
    out.root = targetDataset.root;
    out.layout = targetDataset.layout;
    out.classes = targetDataset.classes;

    DatasetModality targetCopy = target;
    targetCopy.role = ModalityRole::Target;
    out.modalities[targetModality] = targetCopy;

    const bool sameDataset = &targetDataset == &assistantDataset || targetDataset.root == assistantDataset.root;
    DatasetModality assistantCopy = assistant;
    assistantCopy.role = ModalityRole::Assistant;
    std::string assistantKey = assistantModality;
    if (!sameDataset) {
        if (assistantKey == targetModality) assistantKey = assistantModality + "_assistant";
        assistantCopy.name = assistantKey;
        // The assistant's classes are renumbered to the target's: value -> assistant class -> name -> target class.
        const LabelSetCheck check =
            LabelSetCheck::compare(targetDataset, targetModality, assistantDataset, assistantModality);
        if (!check.matches())
            throw InputError(assistantDataset.root, "its label set does not match the target's: " +
                                                        check.problems().front());
        std::map<int, int> assistantToTarget;
        for (const auto& row : check.rows()) assistantToTarget[row.assistantClassIndex] = row.targetClassIndex;
        std::map<int, int> remapped;
        if (assistant.labelMap.empty()) {
            for (const auto& [a, t] : assistantToTarget) remapped[a] = t;
        } else {
            for (const auto& [value, classIndex] : assistant.labelMap) {
                auto it = assistantToTarget.find(classIndex);
                remapped[value] = it == assistantToTarget.end() ? 0 : it->second;
            }
        }
        assistantCopy.labelMap = remapped;
    }
    out.modalities[assistantKey] = assistantCopy;

    // Case ids stay as they are unless the assistant's clash with the target's (two datasets, same naming).
    std::set<std::string> ids;
    std::map<std::string, std::string> targetIds, assistantIds; // original id -> id in the composed dataset
    for (const DatasetCase* c : targetDataset.casesOfModality(targetModality)) {
        out.cases.push_back(*c);
        ids.insert(c->id);
        targetIds[c->id] = c->id;
    }
    for (const DatasetCase* c : assistantDataset.casesOfModality(assistantModality)) {
        DatasetCase copy = *c;
        copy.modality = assistantKey;
        if (ids.count(copy.id)) copy.id = assistantKey + "_" + copy.id;
        ids.insert(copy.id);
        assistantIds[c->id] = copy.id;
        out.cases.push_back(copy);
    }

    // Splits keep only the cases that made it in.
    auto keepSplits = [&out](const Dataset& source, const std::map<std::string, std::string>& idMap) {
        for (const auto& [name, members] : source.splits) {
            std::vector<std::string> kept;
            for (const auto& id : members)
                if (auto it = idMap.find(id); it != idMap.end()) kept.push_back(it->second);
            if (kept.empty()) continue;
            auto& slot = out.splits[name];
            slot.insert(slot.end(), kept.begin(), kept.end());
        }
    };
    keepSplits(targetDataset, targetIds);
    keepSplits(assistantDataset, assistantIds);
    return out;
}

} // namespace crossseg::ui
