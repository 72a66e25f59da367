#pragma once
#include "core/dataset/Dataset.h"

#include <filesystem>

namespace crossseg {

// A folder in the MM-WHS challenge's naming: <modality>_<split>_<number>_<image|label>.<ext>, e.g.
// ct_train_1001_image.nii.gz, directly in the folder or one level down (the challenge ships ct_train/, mr_train/).
// Label codes 205 myocardium, 420 left atrium, 500 left ventricle, 550 right atrium, 600 right ventricle,
// 820 ascending aorta, 850 pulmonary artery become classes 1..7; any other code is a problem (strict map).
// CT is the target modality, MR the assistant; splits are named after the file prefix (ct_train, mr_test, ...).
class MmwhsFolder {
public:
    static bool recognises(const std::filesystem::path& folder);
    static Dataset read(const std::filesystem::path& folder);

    static const std::vector<std::string>& classNames(); // background first
    static const std::map<int, int>& labelCodes();        // MM-WHS code -> class index
};

} // namespace crossseg
