#include "dataset/LabelMapper.h"

#include "util/InputError.h"

#include <limits>

namespace crossseg {

LabelMapper::LabelMapper(const DatasetModality& modality)
    : classOf_(std::size_t(std::numeric_limits<LabelVolume::ValueType>::max()) + 1, -1),
      strict_(modality.labelMapIsStrict) {
    classOf_[0] = 0;
    for (const auto& [value, classIndex] : modality.labelMap)
        if (value >= 0 && static_cast<std::size_t>(value) < classOf_.size()) classOf_[value] = classIndex;
}

std::vector<int> LabelMapper::valuesIn(const LabelVolume& stored) {
    std::vector<bool> seen(std::size_t(std::numeric_limits<LabelVolume::ValueType>::max()) + 1, false);
    for (const auto v : stored.voxels()) seen[v] = true;
    std::vector<int> values;
    for (std::size_t v = 0; v < seen.size(); ++v)
        if (seen[v]) values.push_back(static_cast<int>(v));
    return values;
}

std::vector<int> LabelMapper::unknownValues(const std::vector<int>& values) const {
    std::vector<int> unknown;
    for (const int v : values)
        if (v < 0 || static_cast<std::size_t>(v) >= classOf_.size() || classOf_[v] < 0) unknown.push_back(v);
    return unknown;
}

LabelVolume LabelMapper::toClasses(const LabelVolume& stored, const std::filesystem::path& file) const {
    if (strict_) {
        const auto unknown = unknownValues(valuesIn(stored));
        if (!unknown.empty()) {
            std::string list;
            for (const int v : unknown) list += (list.empty() ? "" : ", ") + std::to_string(v);
            throw InputError(file, "label values the label map does not know: " + list);
        }
    }
    LabelVolume classes(stored.geometry());
    auto out = classes.voxels().begin();
    for (const auto v : stored.voxels()) {
        const int c = classOf_[v];
        *out++ = static_cast<LabelVolume::ValueType>(c < 0 ? 0 : c);
    }
    return classes;
}

} // namespace crossseg
