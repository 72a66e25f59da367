#pragma once
#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

// Names, colours and visibility of label values, loaded from and saved to ITK-SNAP label description files
// ("IDX -R- -G- -B- -A-- VIS MSH LABEL" lines, '#' comments).
struct LabelDescription {
    int value = 0;
    std::string name;
    std::array<int, 3> rgb{0, 0, 0};
    double opacity = 1.0; // ITK-SNAP's alpha, 0..1
    bool visible = true;
    bool meshVisible = true;
};

class LabelTable {
public:
    LabelTable() = default;
    explicit LabelTable(std::vector<LabelDescription> labels) : labels_(std::move(labels)) {}

    // A table for class names (index 0 = background, transparent), with distinct colours.
    static LabelTable forClasses(const std::vector<std::string>& classNames);
    static LabelTable load(const std::filesystem::path& file); // throws InputError naming file and line
    void save(const std::filesystem::path& file) const;        // atomic

    const std::vector<LabelDescription>& labels() const { return labels_; }
    std::vector<LabelDescription>& labels() { return labels_; }
    const LabelDescription* find(int value) const;
    LabelDescription* find(int value);

private:
    std::vector<LabelDescription> labels_;
};

} // namespace crossseg
