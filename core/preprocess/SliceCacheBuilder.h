#pragma once
#include "core/image/Volume.h"
#include "core/preprocess/SliceCache.h"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace crossseg {

class TaskControl;

// What a loader hands the builder for one case: volumes already in canonical (LPS) orientation.
struct CaseVolumes {
    ImageVolume image;   // raw intensities (HU for CT, arbitrary units for MR)
    LabelVolume labels;  // class indices on the image's grid; empty when the case has no label
};

// Builds a slice cache from cases that some loader can read; knows nothing about file formats (no ITK), so that
// the Studio, the command line and tests feed it from wherever volumes come from (DatasetCachePreparer does it
// for datasets on disk).
class SliceCacheBuilder {
public:
    using CaseLoader = std::function<CaseVolumes(const SliceCacheCase& info)>;

    SliceCacheBuilder(SliceCacheParameters parameters, std::string key);

    void setClasses(std::vector<std::string> classes) { classes_ = std::move(classes); }
    void setModalityRole(const std::string& modality, const std::string& role) { roles_[modality] = role; }
    void setSplits(std::map<std::string, std::vector<std::string>> splits) { splits_ = std::move(splits); }

    // Writes every case of `cases` (id, modality, role and sources filled in; slice count, label flag and
    // geometry are taken from what `load` returns) into `folder`, then the index. An index already in the folder
    // is removed first, so a crash or a cancel at any point leaves no valid-looking cache; on an exception
    // (TaskCancelled included) the case files written so far are removed too. Progress: stage "preprocess".
    SliceCache build(const std::filesystem::path& folder, const std::vector<SliceCacheCase>& cases,
                     const CaseLoader& load, TaskControl& control) const;

    // One case's slices: normalise (IntensityNormalizer), cut and resize (SliceResampler). Throws InputError when
    // the labels lie on another grid than the image.
    static CaseSlices sliceCase(const CaseVolumes& volumes, const std::string& modality,
                                const SliceCacheParameters& parameters);

private:
    SliceCacheParameters parameters_;
    std::string key_;
    std::vector<std::string> classes_;
    std::map<std::string, std::string> roles_;
    std::map<std::string, std::vector<std::string>> splits_;
};

} // namespace crossseg
