#pragma once
#include "core/dataset/Dataset.h"

#include <string>
#include <vector>

namespace crossseg::ui {

// Whether the target's and the assistant's label sets describe the same classes. Mutual distillation compares
// the two segmentors class by class, so both label maps must reach every shared foreground class; a class that
// only one side knows would silently train as background on the other side. Classes are matched by name
// (case, spaces and dashes ignored), not by index, because two datasets may order their classes differently.
class LabelSetCheck {
public:
    struct Row {
        std::string className;            // as the target names it (or the assistant when the target lacks it)
        int targetClassIndex = -1;        // -1: the target does not know this class
        int assistantClassIndex = -1;     // -1: the assistant does not know this class
        std::vector<int> targetValues;    // label-file values that map onto the class
        std::vector<int> assistantValues;
        bool matches = false;             // both sides know the class and have label values for it
    };

    static LabelSetCheck compare(const Dataset& targetDataset, const std::string& targetModality,
                                 const Dataset& assistantDataset, const std::string& assistantModality);

    const std::vector<Row>& rows() const { return rows_; }
    bool matches() const { return problems_.empty(); }
    // One sentence per problem, in English (the wizard shows its own translated summary above them).
    const std::vector<std::string>& problems() const { return problems_; }

    // "liver" == "Liver" == "LIVER" == "left-kidney" vs "left_kidney" ...
    static std::string normalisedClassName(const std::string& name);

private:
    std::vector<Row> rows_;
    std::vector<std::string> problems_;
};

} // namespace crossseg::ui
