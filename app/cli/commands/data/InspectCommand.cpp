// crossseg inspect --dataset PATH: what a dataset holds and what is wrong with it, as JSON on stdout.
// Every case of every modality is read completely (so corrupt files, NaN/Inf, grid mismatches and unknown label
// values show up as problems); progress goes to stderr. Exit code 2 when the dataset cannot be opened at all,
// and, with --fail-on-problems, also when any case has a problem (after the JSON is printed).
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/dataset/DatasetDiscovery.h"
#include "core/dataset/DatasetValidator.h"
#include "core/image/Obliquity.h"
#include "core/image/Reorienter.h"
#include "core/util/InputError.h"
#include "core/util/TaskControl.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <memory>

namespace crossseg::cli {
namespace {

struct InspectArguments {
    std::string dataset;
    std::string nnunetRole = "target";
    bool failOnProblems = false;
};

// Three decimals, divided (not multiplied by 0.001) so that JSON prints 2.417 rather than 2.4170000000000003.
double millis(double value) {
    return std::round(value * 1000.0) / 1000.0;
}

// The tilt of the case's axes from the nearest patient axes, which is what the views show (docs/DATASETS.md).
nlohmann::ordered_json obliquityJson(const Obliquity& o) {
    const auto& axes = o.axisDegrees();
    return {{"degrees", millis(o.degrees())},
            {"axes_degrees", {millis(axes[0]), millis(axes[1]), millis(axes[2])}},
            {"nearest_orientation", o.nearestOrientation()},
            {"oblique", o.isOblique()},
            {"text", o.describe()}};
}

nlohmann::ordered_json caseJson(const CaseReport& r) {
    nlohmann::ordered_json c = {{"id", r.caseId},
                        {"image", r.image.string()},
                        {"label", r.label.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.label.string())},
                        {"readable", r.imageReadable},
                        {"problems", r.problems}};
    if (r.imageReadable) {
        c["size"] = r.size;
        c["spacing"] = r.spacing;
        c["component_type"] = r.componentType;
        c["orientation"] = {{"before", r.orientationBefore}, {"after", r.orientationAfter}};
        c["obliquity"] = obliquityJson(Obliquity(r.geometry));
    }
    if (!r.label.empty()) c["label_values"] = r.labelValues;
    if (!r.labelGridDifference.empty()) c["label_grid_differs"] = r.labelGridDifference;
    return c;
}

nlohmann::ordered_json datasetJson(const Dataset& dataset, const std::vector<CaseReport>& reports) {
    nlohmann::ordered_json modalities = nlohmann::ordered_json::object();
    for (const auto& [name, m] : dataset.modalities) {
        nlohmann::ordered_json labelMap = nlohmann::ordered_json::object();
        for (const auto& [value, classIndex] : m.labelMap) labelMap[std::to_string(value)] = classIndex;
        modalities[name] = {{"role", toString(m.role)},
                            {"label_map", labelMap},
                            {"unmapped_labels", m.labelMapIsStrict ? "error" : "background"}};
        if (m.storedIntensity.declared())
            modalities[name]["stored_intensity"] = {{"unit", m.storedIntensity.unit},
                                                    {"slope", m.storedIntensity.slope},
                                                    {"intercept", m.storedIntensity.intercept}};
        modalities[name]["cases"] = nlohmann::ordered_json::array();
    }
    std::size_t withProblems = 0, oblique = 0;
    for (const auto& r : reports) {
        modalities[r.modality]["cases"].push_back(caseJson(r));
        if (!r.healthy()) ++withProblems;
        if (r.imageReadable && Obliquity(r.geometry).isOblique()) ++oblique;
    }
    return {{"name", dataset.name},
            {"root", dataset.root.string()},
            {"layout", dataset.layout},
            {"canonical_orientation", Reorienter::canonicalCode()},
            {"classes", dataset.classes},
            {"modalities", modalities},
            {"splits", dataset.splits},
            {"summary", {{"cases", reports.size()},
                         {"cases_with_problems", withProblems},
                         {"oblique_cases", oblique},
                         {"oblique_above_degrees", Obliquity::kThresholdDegrees}}}};
}

void setupInspect(CLI::App& command) {
    auto a = std::make_shared<InspectArguments>();
    command.add_option("--dataset", a->dataset, "Manifest JSON, MM-WHS folder or nnU-Net raw folder")->required();
    command.add_option("--nnunet-role", a->nnunetRole, "Role of an nnU-Net folder's modality")
        ->check(CLI::IsMember({"target", "assistant"}))
        ->capture_default_str();
    command.add_flag("--fail-on-problems", a->failOnProblems, "Exit non-zero when any case has a problem");
    command.callback([a] {
        DatasetDiscovery::Options options;
        options.nnunetRole = modalityRoleFromString(a->nnunetRole);
        Dataset dataset = DatasetDiscovery::open(a->dataset, options);
        ConsoleProgress progress;
        TaskControl control(&progress);
        const auto reports = DatasetValidator::validate(dataset, &control);
        std::cout << datasetJson(dataset, reports).dump(2) << std::endl;
        for (const auto& r : reports)
            if (r.imageReadable && Obliquity(r.geometry).isOblique())
                std::cerr << "case " << r.caseId << ": " << Obliquity(r.geometry).describe()
                          << "; views show it in the nearest orthogonal orientation" << std::endl;
        std::size_t withProblems = 0;
        for (const auto& r : reports) withProblems += r.healthy() ? 0 : 1;
        if (a->failOnProblems && withProblems > 0)
            throw InputError(dataset.root, std::to_string(withProblems) + " of " + std::to_string(reports.size()) +
                                               " cases have problems (see \"problems\" in the JSON)");
    });
}

const bool registered =
    CommandRegistry::add("", "inspect", "Describe a dataset and check every case (JSON on stdout)", &setupInspect);

} // namespace
} // namespace crossseg::cli
