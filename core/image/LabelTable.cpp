#include "core/image/LabelTable.h"

#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"

#include <fstream>
#include <iomanip>
#include <sstream>

namespace crossseg {
namespace {
// Distinct, colour-blind-aware colours for class indices 1..; index 0 is background.
const std::array<std::array<int, 3>, 10> kPalette{{{230, 25, 75},
                                                    {60, 180, 75},
                                                    {255, 225, 25},
                                                    {0, 130, 200},
                                                    {245, 130, 48},
                                                    {145, 30, 180},
                                                    {70, 240, 240},
                                                    {240, 50, 230},
                                                    {210, 245, 60},
                                                    {250, 190, 212}}};

std::string readQuoted(std::istringstream& in) {
    in >> std::ws;
    if (in.peek() != '"') {
        std::string word;
        in >> word;
        return word;
    }
    in.get();
    std::string text;
    std::getline(in, text, '"');
    return text;
}
} // namespace

LabelTable LabelTable::forClasses(const std::vector<std::string>& classNames) {
    std::vector<LabelDescription> labels;
    for (std::size_t i = 0; i < classNames.size(); ++i) {
        LabelDescription d;
        d.value = static_cast<int>(i);
        d.name = classNames[i];
        if (i == 0) {
            d.opacity = 0.0;
            d.visible = false;
            d.meshVisible = false;
        } else {
            d.rgb = kPalette[(i - 1) % kPalette.size()];
        }
        labels.push_back(d);
    }
    return LabelTable(std::move(labels));
}

LabelTable LabelTable::load(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw InputError(file, "cannot open the label description file");
    std::vector<LabelDescription> labels;
    std::string line;
    int lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        std::istringstream fields(line);
        LabelDescription d;
        int visible = 1, mesh = 1;
        fields >> d.value >> d.rgb[0] >> d.rgb[1] >> d.rgb[2] >> d.opacity >> visible >> mesh;
        if (!fields) throw InputError(file, "line " + std::to_string(lineNumber) + " is not an ITK-SNAP label line");
        d.name = readQuoted(fields);
        for (int c : d.rgb)
            if (c < 0 || c > 255)
                throw InputError(file, "line " + std::to_string(lineNumber) + ": colour component out of 0..255");
        if (d.opacity < 0.0 || d.opacity > 1.0)
            throw InputError(file, "line " + std::to_string(lineNumber) + ": opacity out of 0..1");
        d.visible = visible != 0;
        d.meshVisible = mesh != 0;
        labels.push_back(d);
    }
    if (labels.empty()) throw InputError(file, "no label lines found");
    return LabelTable(std::move(labels));
}

void LabelTable::save(const std::filesystem::path& file) const {
    std::ostringstream out;
    out << "################################################\n"
        << "# ITK-SnAP Label Description File (written by CrossSeg)\n"
        << "# Columns: IDX -R- -G- -B- -A-- VIS MSH LABEL\n"
        << "################################################\n";
    for (const auto& d : labels_) {
        out << std::setw(5) << d.value << ' ' << std::setw(5) << d.rgb[0] << ' ' << std::setw(4) << d.rgb[1] << ' '
            << std::setw(4) << d.rgb[2] << ' ' << std::setw(8) << std::fixed << std::setprecision(2) << d.opacity
            << ' ' << std::setw(2) << (d.visible ? 1 : 0) << ' ' << std::setw(2) << (d.meshVisible ? 1 : 0)
            << "    \"" << d.name << "\"\n";
    }
    AtomicFile::writeText(file, out.str());
}

const LabelDescription* LabelTable::find(int value) const {
    for (const auto& d : labels_)
        if (d.value == value) return &d;
    return nullptr;
}

LabelDescription* LabelTable::find(int value) {
    for (auto& d : labels_)
        if (d.value == value) return &d;
    return nullptr;
}

} // namespace crossseg
