#include "core/dataset/LabelMapper.h"

#include "core/util/InputError.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace crossseg {

LabelMapper::LabelMapper(const DatasetModality& modality)
    : classOf_(std::size_t(std::numeric_limits<LabelVolume::ValueType>::max()) + 1, -1),
      strict_(modality.labelMapIsStrict) {
    classOf_[0] = 0;
    for (const auto& [value, classIndex] : modality.labelMap) {
        if (value < 0 || static_cast<std::size_t>(value) >= classOf_.size() || classIndex < 0) continue;
        classOf_[value] = classIndex;
        if (std::size_t(classIndex) >= valueOf_.size()) valueOf_.resize(std::size_t(classIndex) + 1, -1);
        if (valueOf_[classIndex] < 0) valueOf_[classIndex] = value; // the map is ordered: the smallest comes first
    }
    if (valueOf_.empty()) valueOf_.push_back(0);
    valueOf_[0] = 0;
}

LabelVolume LabelMapper::toStored(const LabelVolume& classes, const LabelVolume* stored) const {
    if (stored && stored->geometry().size != classes.geometry().size)
        throw std::invalid_argument("LabelMapper::toStored: the stored labels lie on another grid");
    LabelVolume values(classes.geometry());
    const auto& in = classes.voxels();
    auto& out = values.voxels();
    for (std::size_t n = 0; n < in.size(); ++n) {
        const int c = in[n];
        if (stored) {
            const auto previous = stored->voxels()[n];
            if (std::max(classOf_[previous], 0) == c) {
                out[n] = previous;
                continue;
            }
        }
        const bool mapped = std::size_t(c) < valueOf_.size() && valueOf_[std::size_t(c)] >= 0;
        out[n] = static_cast<LabelVolume::ValueType>(mapped ? valueOf_[std::size_t(c)] : c);
    }
    return values;
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
