#include "ui/model/LabelSetCheck.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace crossseg::ui {

namespace {

// Label-file values that land on each class index. A modality without a label map stores class indices directly
// (nnU-Net layout), so there every class is reached by its own index.
std::map<int, std::vector<int>> valuesPerClass(const Dataset& dataset, const std::string& modalityName) {
    std::map<int, std::vector<int>> values;
    const DatasetModality* modality = dataset.modality(modalityName);
    if (modality && !modality->labelMap.empty()) {
        for (const auto& [fileValue, classIndex] : modality->labelMap)
            if (classIndex > 0) values[classIndex].push_back(fileValue);
    } else {
        for (int c = 1; c < static_cast<int>(dataset.classes.size()); ++c) values[c].push_back(c);
    }
    return values;
}

} // namespace

std::string LabelSetCheck::normalisedClassName(const std::string& name) {
    std::string out;
    for (char ch : name) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (ch == ' ' || ch == '-' || ch == '_') out += '_';
        else out += static_cast<char>(std::tolower(u));
    }
    while (!out.empty() && out.front() == '_') out.erase(out.begin());
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

LabelSetCheck LabelSetCheck::compare(const Dataset& targetDataset, const std::string& targetModality,
                                     const Dataset& assistantDataset, const std::string& assistantModality) {
    LabelSetCheck check;
    const auto targetValues = valuesPerClass(targetDataset, targetModality);
    const auto assistantValues = valuesPerClass(assistantDataset, assistantModality);

    std::map<std::string, int> assistantIndexByName;
    for (int c = 1; c < static_cast<int>(assistantDataset.classes.size()); ++c)
        assistantIndexByName[normalisedClassName(assistantDataset.classes[c])] = c;

    std::vector<bool> assistantSeen(assistantDataset.classes.size(), false);
    for (int c = 1; c < static_cast<int>(targetDataset.classes.size()); ++c) {
        Row row;
        row.className = targetDataset.classes[c];
        row.targetClassIndex = c;
        if (auto it = targetValues.find(c); it != targetValues.end()) row.targetValues = it->second;
        auto found = assistantIndexByName.find(normalisedClassName(row.className));
        if (found != assistantIndexByName.end()) {
            row.assistantClassIndex = found->second;
            assistantSeen[found->second] = true;
            if (auto it = assistantValues.find(found->second); it != assistantValues.end())
                row.assistantValues = it->second;
        }
        check.rows_.push_back(row);
    }
    for (int c = 1; c < static_cast<int>(assistantDataset.classes.size()); ++c) {
        if (assistantSeen[c]) continue;
        Row row;
        row.className = assistantDataset.classes[c];
        row.assistantClassIndex = c;
        if (auto it = assistantValues.find(c); it != assistantValues.end()) row.assistantValues = it->second;
        check.rows_.push_back(row);
    }

    for (Row& row : check.rows_) {
        if (row.targetClassIndex < 0) {
            check.problems_.push_back("class '" + row.className + "' exists only in the assistant (" +
                                      assistantModality + ")");
        } else if (row.assistantClassIndex < 0) {
            check.problems_.push_back("class '" + row.className + "' exists only in the target (" +
                                      targetModality + ")");
        } else if (row.targetValues.empty()) {
            check.problems_.push_back("no label value of the target (" + targetModality + ") maps onto '" +
                                      row.className + "'");
        } else if (row.assistantValues.empty()) {
            check.problems_.push_back("no label value of the assistant (" + assistantModality + ") maps onto '" +
                                      row.className + "'");
        } else {
            row.matches = true;
        }
    }
    if (check.rows_.empty()) check.problems_.push_back("neither label set has a foreground class");
    return check;
}

} // namespace crossseg::ui
