#pragma once
#include <optional>
#include <string>
#include <vector>

namespace crossseg {

// The training methods (README, docs/LEARNING.md). Parsed from text once, where text comes in (the command line,
// config.json, the Studio's wizard); everything inside the engine asks MethodTraits what a method means.
enum class Method { TargetOnly, AssistantOnly, Joint, Mkd, MkdIam };

// The slice streams a segmentation iteration can draw, in batch order.
enum class SliceStream {
    LabeledTarget,    // labelled target slices (CT)
    LabeledAssistant, // labelled assistant slices (MR)
    UnlabeledTarget,  // extra target slices without labels (the S_real -> S_syn distillation term)
};

// What a method means: the one table every part of CrossSeg consults.
struct MethodTraits {
    Method method;
    std::string name;               // "mkd-iam": the spelling of the command line and config.json
    bool usesTargetLabels;          // trains on labelled target cases (K must be at least 1)
    bool usesAssistant;             // needs labelled assistant cases
    bool mutual;                    // two segmentors, S_real and S_syn, distilling into each other
    bool needsIam;                  // stage 1 trains (or reuses) the image alignment module
    std::vector<SliceStream> streams;      // drawn every iteration, in batch order (see streamsDrawn)
    std::vector<std::string> segmentors;   // networks trained: {"real", "syn"} or {"single"}
    std::vector<std::string> models;       // what a run offers for prediction: {"ensemble", "real", "syn"} or {"single"}
    std::string defaultModel;              // "ensemble" for mutual methods, else "single"

    static const MethodTraits& of(Method method);

    // Throws InputError("unknown method 'x' (expected target-only, assistant-only, joint, mkd or mkd-iam)").
    static Method parse(const std::string& name);
    static std::optional<Method> find(const std::string& name);
    static const std::vector<Method>& all();   // in the order the command line lists them
    static std::string listOfNames();          // "target-only, assistant-only, joint, mkd or mkd-iam"

    // The streams of one iteration: the unlabelled target stream only when there are unlabelled target slices.
    std::vector<SliceStream> streamsDrawn(bool haveUnlabeledTarget) const;
};

// The method's name ("mkd-iam").
const std::string& toString(Method method);


} // namespace crossseg
