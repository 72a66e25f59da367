#include "core/dataset/MmwhsFolder.h"

#include "core/util/InputError.h"

#include <cctype>
#include <regex>

namespace crossseg {
namespace {

struct NamedFile {
    std::string modality, split, number, kind;
    std::filesystem::path path;
};

const std::regex& mmwhsName() {
    static const std::regex pattern(R"(^(ct|mr)_(train|test|val|validation)_(\d+)_(image|label)\.(nii\.gz|nii|mha|mhd|nrrd)$)",
                                    std::regex::icase);
    return pattern;
}

std::string lower(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// The folder itself and its immediate subfolders.
std::vector<NamedFile> namedFilesIn(const std::filesystem::path& folder) {
    std::vector<NamedFile> files;
    std::vector<std::filesystem::path> folders{folder};
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.is_directory()) folders.push_back(entry.path());
    for (const auto& f : folders) {
        for (const auto& entry : std::filesystem::directory_iterator(f, ec)) {
            if (!entry.is_regular_file()) continue;
            std::smatch m;
            const std::string name = entry.path().filename().string();
            if (!std::regex_match(name, m, mmwhsName())) continue;
            files.push_back({lower(m[1]), lower(m[2]), m[3], lower(m[4]), std::filesystem::absolute(entry.path())});
        }
    }
    return files;
}

} // namespace

const std::vector<std::string>& MmwhsFolder::classNames() {
    static const std::vector<std::string> names{"background",    "myocardium",      "left_atrium",
                                                "left_ventricle", "right_atrium",    "right_ventricle",
                                                "ascending_aorta", "pulmonary_artery"};
    return names;
}

const std::map<int, int>& MmwhsFolder::labelCodes() {
    static const std::map<int, int> codes{{205, 1}, {420, 2}, {500, 3}, {550, 4}, {600, 5}, {820, 6}, {850, 7}};
    return codes;
}

bool MmwhsFolder::recognises(const std::filesystem::path& folder) {
    std::error_code ec;
    return std::filesystem::is_directory(folder, ec) && !namedFilesIn(folder).empty();
}

Dataset MmwhsFolder::read(const std::filesystem::path& folder) {
    const auto files = namedFilesIn(folder);
    if (files.empty()) throw InputError(folder, "no files in MM-WHS naming (ct_train_1001_image.nii.gz, ...)");
    Dataset dataset;
    dataset.root = std::filesystem::absolute(folder);
    dataset.name = dataset.root.filename().string();
    dataset.layout = "mmwhs";
    dataset.classes = classNames();

    // Pair images and labels by (modality, split, number); std::map keeps cases in a stable, sorted order.
    std::map<std::string, DatasetCase> cases;
    for (const auto& f : files) {
        const std::string id = f.modality + "_" + f.split + "_" + f.number;
        DatasetCase& c = cases[id];
        c.id = id;
        c.modality = f.modality;
        std::filesystem::path& slot = f.kind == "image" ? c.image : c.label;
        if (!slot.empty()) c.problems.push_back("two files for the same " + f.kind + ": " + slot.string() + " and " + f.path.string());
        slot = f.path;
        if (!dataset.modalities.count(f.modality)) {
            DatasetModality m;
            m.name = f.modality;
            m.role = f.modality == "ct" ? ModalityRole::Target : ModalityRole::Assistant;
            m.labelMap = labelCodes();
            m.labelMapIsStrict = true;
            dataset.modalities[f.modality] = m;
        }
    }
    for (auto& [id, c] : cases) {
        if (c.image.empty()) {
            c.problems.push_back("label without an image: " + c.label.string());
            // Point at where the image was expected, so that every case names an image file.
            std::string expected = c.label.filename().string();
            const auto marker = lower(expected).find("_label");
            if (marker != std::string::npos) expected.replace(marker, 6, "_image");
            c.image = c.label.parent_path() / expected;
        }
        dataset.splits[c.modality + "_" + id.substr(3, id.find('_', 3) - 3)].push_back(id);
        dataset.cases.push_back(c);
    }
    return dataset;
}

} // namespace crossseg
