#include "core/preprocess/PhysicalIntensity.h"

#include <stdexcept>

namespace crossseg {

ImageVolume PhysicalIntensity::toPhysical(const ImageVolume& stored, const StoredIntensity& declaration) {
    ImageVolume physical = stored;
    toPhysicalInPlace(physical, declaration);
    return physical;
}

void PhysicalIntensity::toPhysicalInPlace(ImageVolume& volume, const StoredIntensity& declaration) {
    if (!declaration.declared() || declaration.isIdentity()) return;
    const std::string problem = declaration.problem();
    if (!problem.empty()) throw std::invalid_argument("PhysicalIntensity: unusable stored_intensity: " + problem);
    for (float& value : volume.voxels()) value = static_cast<float>(declaration.toPhysical(value));
}

} // namespace crossseg
