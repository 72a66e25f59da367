#include "ui/model/LabelCoding.h"

namespace crossseg::ui {

LabelCodingDetector::Verdict LabelCodingDetector::detect(const std::vector<int>& values,
                                                         const DatasetModality& coding, std::size_t classCount) {
    const auto& map = coding.labelMap;
    bool fitsIndices = true, allKnownCodes = !map.empty(), someForegroundCode = false, identity = true;
    std::vector<int> neither;
    for (int value : values) {
        // classCount 0: the classes are not known, and any value may be an index.
        const bool isIndex = value >= 0 && (classCount == 0 || static_cast<std::size_t>(value) < classCount);
        const auto code = map.find(value);
        const bool isCode = value == 0 || code != map.end();
        if (value != 0 && code != map.end()) someForegroundCode = true;
        if (code != map.end() && code->second != value) identity = false;
        fitsIndices = fitsIndices && isIndex;
        allKnownCodes = allKnownCodes && isCode;
        if (!isIndex && !isCode) neither.push_back(value);
    }
    // Both readings fit only when every value is a known code: a value the map does not know would be dropped to
    // background by the codes reading, while the indices reading explains it. A map that is not strict reads unknown
    // codes as background (BTCV's gallbladder), so a file that cannot be class indices still reads as dataset codes
    // as long as it holds some code the map knows.
    const bool codesExplainAll = !map.empty() && allKnownCodes;
    const bool codesPossible = codesExplainAll || (!map.empty() && !coding.labelMapIsStrict && someForegroundCode);
    Verdict verdict;
    if (fitsIndices && (!codesExplainAll || identity)) verdict.coding = LabelCoding::ClassIndices;
    else if (fitsIndices) verdict.coding = LabelCoding::Ambiguous;
    else if (codesPossible) verdict.coding = LabelCoding::DatasetCodes;
    else {
        verdict.coding = LabelCoding::Unknown;
        verdict.unknownValues = neither;
    }
    return verdict;
}

std::string LabelCodingDetector::describe(LabelCoding coding) {
    switch (coding) {
    case LabelCoding::ClassIndices: return "class indices";
    case LabelCoding::DatasetCodes: return "dataset codes";
    case LabelCoding::Ambiguous: return "ambiguous";
    case LabelCoding::Unknown: return "unknown";
    }
    return "unknown";
}

} // namespace crossseg::ui
