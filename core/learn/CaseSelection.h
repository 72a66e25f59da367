#pragma once
#include "core/preprocess/SliceCache.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace crossseg {

// Which cases a run trains and validates on. From the target modality's training split ("<target>_train", else
// every target case outside splits named *test*): a seeded validation subset first (independent of K, so every
// K and method of a seed validates on the same cases), then K labelled cases in a seeded order that is also
// independent of K (K=1 uses the first case of K=4), the rest as unlabelled target slices. The test split is
// never touched. Assistant cases come from "<assistant>_train", else every labelled assistant case.
struct CaseSelection {
    std::string targetModality, assistantModality;
    std::vector<std::string> labeledTarget;
    std::vector<std::string> unlabeledTarget;
    std::vector<std::string> validation;
    std::vector<std::string> assistant;
    std::vector<std::string> notes;  // adjustments worth telling the user (fewer validation cases than asked, ...)

    // Throws InputError when the cache cannot supply K labelled target cases or has no assistant cases.
    static CaseSelection choose(const SliceCache& cache, int labeledTarget, int validationCases, std::uint64_t seed,
                                bool needsAssistant);
    nlohmann::json toJson() const;
    // The selection recorded in config.json; throws nlohmann's exception for a missing or mistyped field.
    static CaseSelection fromJson(const nlohmann::json& json);
};

} // namespace crossseg
