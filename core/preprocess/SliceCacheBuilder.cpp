#include "core/preprocess/SliceCacheBuilder.h"

#include "core/preprocess/IntensityNormalizer.h"
#include "core/preprocess/SliceResampler.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <system_error>

namespace crossseg {
namespace {

// Removes what an unfinished build wrote, and the folder when the build created it and nothing else is there.
void removePartialBuild(const std::filesystem::path& folder, const std::vector<std::string>& writtenIds,
                        bool folderWasCreated) {
    std::error_code ignored;
    for (const auto& id : writtenIds) {
        std::filesystem::remove(folder / (id + ".img.f32"), ignored);
        std::filesystem::remove(folder / (id + ".lbl.u8"), ignored);
    }
    if (folderWasCreated && std::filesystem::is_empty(folder, ignored)) std::filesystem::remove(folder, ignored);
}

} // namespace

SliceCacheBuilder::SliceCacheBuilder(SliceCacheParameters parameters, std::string key)
    : parameters_(std::move(parameters)), key_(std::move(key)) {}

CaseSlices SliceCacheBuilder::sliceCase(const CaseVolumes& volumes, const std::string& modality,
                                        const SliceCacheParameters& parameters) {
    const VolumeGeometry& grid = volumes.image.geometry();
    if (!volumes.labels.empty() && volumes.labels.geometry().size != grid.size)
        throw InputError("labels (" + volumes.labels.geometry().describe() + ") do not lie on the image's grid (" +
                         grid.describe() + ")");
    CaseSlices slices;
    slices.count = static_cast<int>(grid.size[2]);
    slices.height = parameters.height;
    slices.width = parameters.width;
    const ImageVolume normalized = IntensityNormalizer(parameters, modality).normalize(volumes.image);
    slices.images = SliceResampler::imageSlices(normalized, parameters.height, parameters.width);
    if (!volumes.labels.empty())
        slices.labels = SliceResampler::labelSlices(volumes.labels, parameters.height, parameters.width);
    return slices;
}

SliceCache SliceCacheBuilder::build(const std::filesystem::path& folder, const std::vector<SliceCacheCase>& cases,
                                    const CaseLoader& load, TaskControl& control) const {
    std::error_code error;
    const bool folderWasCreated = std::filesystem::create_directories(folder, error);
    if (error) throw InputError(folder, "cannot create the slice cache folder: " + error.message());
    // Whatever index is there describes files this build is about to replace.
    std::filesystem::remove(folder / "cache.json", error);
    if (error) throw InputError(folder / "cache.json", "cannot remove the old index: " + error.message());

    SliceCache cache(folder, key_, parameters_);
    cache.setClasses(classes_);
    for (const auto& [modality, role] : roles_) cache.setModalityRole(modality, role);
    cache.setSplits(splits_);

    std::vector<std::string> writtenIds;
    try {
        for (std::size_t index = 0; index < cases.size(); ++index) {
            control.checkpoint();
            const SliceCacheCase& requested = cases[index];
            control.report("preprocess", static_cast<double>(index) / static_cast<double>(cases.size()),
                           requested.id + " (" + std::to_string(index + 1) + "/" + std::to_string(cases.size()) + ")");
            const CaseVolumes volumes = load(requested);
            CaseSlices slices;
            try {
                slices = sliceCase(volumes, requested.modality, parameters_);
            } catch (const InputError& problem) {
                // Name the file the problem came from: the loader's errors do, the slicer's cannot on its own.
                throw InputError(requested.sourceImage, problem.cause());
            }
            SliceCacheCase info = requested;
            info.canonicalGeometry = volumes.image.geometry();
            writtenIds.push_back(info.id);
            cache.addCase(info, slices);
        }
        control.checkpoint();
        cache.writeIndex();
    } catch (...) {
        removePartialBuild(folder, writtenIds, folderWasCreated);
        throw;
    }
    control.report("preprocess", 1.0, std::to_string(cases.size()) + " cases in " + folder.string());
    log::info("slice cache written: " + folder.string() + " (" + std::to_string(cases.size()) + " cases, " +
              std::to_string(parameters_.height) + " x " + std::to_string(parameters_.width) + ")");
    return cache;
}

} // namespace crossseg
