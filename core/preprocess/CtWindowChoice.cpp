#include "core/preprocess/CtWindowChoice.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace crossseg {
namespace {

struct Region {
    const char* name;
    const char* description;
    std::array<double, 2> range;
    std::vector<const char*> organs;
};

const std::vector<Region>& regions() {
    static const std::vector<Region> table{
        {"abdomen", "abdominal organs", {-125.0, 275.0},
         {"liver", "kidney", "spleen", "pancreas", "gallbladder", "stomach", "adrenal", "duodenum", "bowel",
          "colon", "bladder", "portal", "vena_cava", "ivc"}},
        {"heart", "cardiac structures", {-250.0, 450.0},
         {"myocardium", "atrium", "ventricle", "aorta", "pulmonary_artery", "heart", "coronary"}},
        {"lung", "lungs and airways", {-1350.0, 150.0}, {"lung", "airway", "trachea", "bronch"}},
        {"bone", "bones", {-500.0, 1500.0}, {"bone", "vertebra", "rib", "femur", "skull", "pelvis", "sacrum"}},
    };
    return table;
}

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace

CtWindowChoice::Window CtWindowChoice::forClasses(const std::vector<std::string>& classes) {
    const Region* best = nullptr;
    std::vector<std::string> bestMatches;
    for (const Region& region : regions()) {
        std::vector<std::string> matches;
        for (const auto& name : classes) {
            const std::string lower = lowerCase(name);
            const bool match = std::any_of(region.organs.begin(), region.organs.end(),
                                           [&](const char* organ) { return lower.find(organ) != std::string::npos; });
            if (match) matches.push_back(name);
        }
        if (matches.size() > bestMatches.size()) {
            best = &region;
            bestMatches = matches;
        }
    }
    Window window;
    if (!best) {
        window.region = "soft tissue";
        window.reason = "default CT window [-250, 450] HU (general soft tissue): no class of the label set is an "
                        "organ with a window of its own";
        return window;
    }
    window.range = best->range;
    window.region = best->name;
    std::string list;
    for (const auto& name : bestMatches) list += (list.empty() ? "" : ", ") + name;
    char range[64];
    std::snprintf(range, sizeof range, "[%g, %g] HU", best->range[0], best->range[1]);
    window.reason = std::string("default CT window ") + range + " for " + best->description + " (" + list + ")";
    return window;
}

} // namespace crossseg
