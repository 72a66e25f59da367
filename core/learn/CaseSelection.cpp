#include "core/learn/CaseSelection.h"

#include "core/util/InputError.h"

#include <algorithm>
#include <random>
#include <set>

namespace crossseg {
namespace {

// Fisher-Yates with raw generator output: the same order with every standard library.
void seededShuffle(std::vector<std::string>& items, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[random() % i]);
}

std::vector<std::string> trainingCases(const SliceCache& cache, const std::string& modality) {
    const auto split = cache.splits().find(modality + "_train");
    std::vector<std::string> ids;
    if (split != cache.splits().end()) {
        ids = split->second;
    } else {
        std::set<std::string> held;
        for (const auto& [name, members] : cache.splits())
            if (name.find("test") != std::string::npos) held.insert(members.begin(), members.end());
        for (const auto& c : cache.cases())
            if (c.modality == modality && !held.count(c.id)) ids.push_back(c.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

CaseSelection CaseSelection::choose(const SliceCache& cache, int labeledTarget, int validationCases,
                                    std::uint64_t seed, bool needsAssistant) {
    CaseSelection s;
    s.targetModality = cache.modalityWithRole("target");
    s.assistantModality = cache.modalityWithRole("assistant");
    const std::filesystem::path index = cache.folder() / "cache.json";
    if (s.targetModality.empty()) throw InputError(index, "no modality has the role 'target'");
    if (needsAssistant && s.assistantModality.empty()) throw InputError(index, "no modality has the role 'assistant'");
    if (labeledTarget < 0) throw InputError("--labeled-target must be 0 or more, not " + std::to_string(labeledTarget));

    std::vector<std::string> labelled, unlabelled;
    for (const auto& id : trainingCases(cache, s.targetModality)) {
        const SliceCacheCase* c = cache.findCase(id);
        if (!c) throw InputError(index, "split names case '" + id + "' that the cache does not hold");
        (c->hasLabel ? labelled : unlabelled).push_back(id);
    }
    if (int(labelled.size()) < labeledTarget)
        throw InputError(index, "K=" + std::to_string(labeledTarget) + " labelled " + s.targetModality +
                                    " cases asked for, but the training split has only " +
                                    std::to_string(labelled.size()));
    seededShuffle(labelled, seed ^ 0x76616c6964ULL);
    int validation = std::min<int>(validationCases, int(labelled.size()) - labeledTarget);
    if (validation < validationCases)
        s.notes.push_back("only " + std::to_string(std::max(validation, 0)) + " of " + std::to_string(validationCases) +
                          " validation cases available after drawing K=" + std::to_string(labeledTarget));
    validation = std::max(validation, 0);
    s.validation.assign(labelled.begin(), labelled.begin() + validation);
    std::vector<std::string> rest(labelled.begin() + validation, labelled.end());
    seededShuffle(rest, seed ^ 0x6c6162656cULL);
    s.labeledTarget.assign(rest.begin(), rest.begin() + labeledTarget);
    s.unlabeledTarget.assign(rest.begin() + labeledTarget, rest.end());
    s.unlabeledTarget.insert(s.unlabeledTarget.end(), unlabelled.begin(), unlabelled.end());
    if (s.validation.empty() && !s.labeledTarget.empty()) {
        // Nothing left to validate on: select on the labelled training cases, and say so.
        s.validation = s.labeledTarget;
        s.notes.push_back("no held-out validation case left: validating on the labelled training cases");
    }

    if (!s.assistantModality.empty()) {
        for (const auto& id : trainingCases(cache, s.assistantModality)) {
            const SliceCacheCase* c = cache.findCase(id);
            if (c && c->hasLabel) s.assistant.push_back(id);
        }
    }
    if (needsAssistant && s.assistant.empty())
        throw InputError(index, "no labelled " + s.assistantModality + " cases in the assistant training split");
    return s;
}

nlohmann::json CaseSelection::toJson() const {
    return nlohmann::json{{"target_modality", targetModality},     {"assistant_modality", assistantModality},
                          {"labeled_target", labeledTarget},       {"unlabeled_target", unlabeledTarget},
                          {"validation", validation},              {"assistant", assistant},
                          {"notes", notes}};
}

CaseSelection CaseSelection::fromJson(const nlohmann::json& json) {
    CaseSelection s;
    s.targetModality = json.at("target_modality").get<std::string>();
    s.assistantModality = json.value("assistant_modality", std::string());
    s.labeledTarget = json.at("labeled_target").get<std::vector<std::string>>();
    s.unlabeledTarget = json.value("unlabeled_target", std::vector<std::string>());
    s.validation = json.value("validation", std::vector<std::string>());
    s.assistant = json.value("assistant", std::vector<std::string>());
    s.notes = json.value("notes", std::vector<std::string>());
    return s;
}

} // namespace crossseg
