#pragma once
// How a label file codes its classes: as class indices (0..N-1, what predictions hold) or in the dataset's own
// label codes (MM-WHS's myocardium as 205, BTCV's liver as 6, what saved corrections hold). Told from the values
// the file holds against the modality's label map, so that "Open prediction" reads either kind of file.
#include "core/dataset/Dataset.h"

#include <string>
#include <vector>

namespace crossseg::ui {

enum class LabelCoding {
    ClassIndices,  // every value is a class index
    DatasetCodes,  // the values are the label map's codes
    Ambiguous,     // both readings fit and give different classes: ask the user
    Unknown        // neither fits (unknownValues says which values)
};

class LabelCodingDetector {
public:
    struct Verdict {
        LabelCoding coding = LabelCoding::ClassIndices;
        std::vector<int> unknownValues; // values that are neither a class index nor a code (for Unknown)
    };

    // values: the distinct values of the file (LabelMapper::valuesIn); classCount: classes including background.
    static Verdict detect(const std::vector<int>& values, const DatasetModality& coding, std::size_t classCount);

    // "class indices" / "dataset codes", for messages.
    static std::string describe(LabelCoding coding);
};

} // namespace crossseg::ui
