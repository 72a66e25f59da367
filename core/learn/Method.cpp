#include "core/learn/Method.h"

#include "core/util/InputError.h"

#include <algorithm>

namespace crossseg {
namespace {

using S = SliceStream;

// The one table. Order: as the command line lists the methods.
const std::vector<MethodTraits>& table() {
    static const std::vector<MethodTraits> rows{
        // method            name              target assistant mutual iam   streams (all of them)
        {Method::TargetOnly, "target-only",    true,  false,    false, false, {S::LabeledTarget},
         {"single"}, {"single"}, "single"},
        {Method::AssistantOnly, "assistant-only", false, true,  false, false, {S::LabeledAssistant},
         {"single"}, {"single"}, "single"},
        {Method::Joint,      "joint",          true,  true,     false, false, {S::LabeledTarget, S::LabeledAssistant},
         {"single"}, {"single"}, "single"},
        {Method::Mkd,        "mkd",            true,  true,     true,  false,
         {S::LabeledTarget, S::LabeledAssistant, S::UnlabeledTarget},
         {"real", "syn"}, {"ensemble", "real", "syn"}, "ensemble"},
        {Method::MkdIam,     "mkd-iam",        true,  true,     true,  true,
         {S::LabeledTarget, S::LabeledAssistant, S::UnlabeledTarget},
         {"real", "syn"}, {"ensemble", "real", "syn"}, "ensemble"},
    };
    return rows;
}

} // namespace

const MethodTraits& MethodTraits::of(Method method) {
    for (const auto& row : table())
        if (row.method == method) return row;
    throw std::logic_error("MethodTraits: a Method without a row in the table");
}

std::optional<Method> MethodTraits::find(const std::string& name) {
    for (const auto& row : table())
        if (row.name == name) return row.method;
    return std::nullopt;
}

Method MethodTraits::parse(const std::string& name) {
    if (const auto method = find(name)) return *method;
    throw InputError("unknown method '" + name + "' (expected " + listOfNames() + ")");
}

const std::vector<Method>& MethodTraits::all() {
    static const std::vector<Method> methods = [] {
        std::vector<Method> out;
        for (const auto& row : table()) out.push_back(row.method);
        return out;
    }();
    return methods;
}

std::string MethodTraits::listOfNames() {
    std::string text;
    const auto& rows = table();
    for (std::size_t i = 0; i < rows.size(); ++i)
        text += (i == 0 ? "" : i + 1 == rows.size() ? " or " : ", ") + rows[i].name;
    return text;
}

std::vector<SliceStream> MethodTraits::streamsDrawn(bool haveUnlabeledTarget) const {
    std::vector<SliceStream> drawn = streams;
    if (!haveUnlabeledTarget)
        drawn.erase(std::remove(drawn.begin(), drawn.end(), SliceStream::UnlabeledTarget), drawn.end());
    return drawn;
}

const std::string& toString(Method method) { return MethodTraits::of(method).name; }

} // namespace crossseg
