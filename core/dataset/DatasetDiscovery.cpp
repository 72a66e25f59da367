#include "core/dataset/DatasetDiscovery.h"

#include "core/dataset/JsonFileReader.h"
#include "core/dataset/ManifestFile.h"
#include "core/dataset/MmwhsFolder.h"
#include "core/dataset/NnunetRawFolder.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"

namespace crossseg {
namespace {

Dataset fromJson(const std::filesystem::path& file, const DatasetDiscovery::Options& options) {
    const auto document = JsonFileReader::read(file);
    try {
        if (ManifestFile::isManifest(document)) return ManifestFile::parse(document, file);
        if (NnunetRawFolder::isNnunetJson(document)) return NnunetRawFolder::read(file.parent_path(), options.nnunetRole);
    } catch (const nlohmann::json::exception& e) {
        // A value of the wrong JSON type somewhere the parsers did not check explicitly.
        throw InputError(file, std::string("unexpected value: ") + e.what());
    }
    throw InputError(file, "neither a CrossSeg manifest (\"modalities\") nor an nnU-Net v2 dataset.json "
                           "(\"channel_names\", \"labels\", \"file_ending\")");
}

} // namespace

Dataset DatasetDiscovery::open(const std::filesystem::path& path) { return open(path, Options{}); }

Dataset DatasetDiscovery::open(const std::filesystem::path& path, const Options& options) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw InputError(path, "the dataset path does not exist");
    Dataset dataset;
    if (std::filesystem::is_regular_file(path, ec)) {
        dataset = fromJson(path, options);
    } else if (std::filesystem::is_directory(path, ec)) {
        if (std::filesystem::is_empty(path, ec)) throw InputError(path, "the dataset folder is empty");
        if (std::filesystem::exists(path / "dataset.json", ec))
            dataset = fromJson(path / "dataset.json", options);
        else if (MmwhsFolder::recognises(path))
            dataset = MmwhsFolder::read(path);
        else
            throw InputError(path, "no dataset found: no dataset.json and no files in MM-WHS naming "
                                   "(ct_train_1001_image.nii.gz, ...)");
    } else {
        throw InputError(path, "not a file or folder");
    }
    log::info("dataset '" + dataset.name + "' (" + dataset.layout + "): " + std::to_string(dataset.cases.size()) +
              " cases in " + std::to_string(dataset.modalities.size()) + " modalities");
    return dataset;
}

} // namespace crossseg
