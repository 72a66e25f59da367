#include "core/dataset/NnunetRawFolder.h"

#include "core/dataset/JsonFileReader.h"
#include "core/util/InputError.h"

#include <algorithm>
#include <cctype>

namespace crossseg {
namespace {

using nlohmann::json;

// Case identifiers of one images folder: files "<case>_0000<ending>"; other channels are counted to refuse them.
std::vector<std::string> caseIdsIn(const std::filesystem::path& folder, const std::string& ending,
                                   const std::filesystem::path& manifest) {
    std::vector<std::string> ids;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return ids;
    const std::string channelZero = "_0000" + ending;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= channelZero.size() || name.compare(name.size() - ending.size(), ending.size(), ending) != 0)
            continue;
        if (name.compare(name.size() - channelZero.size(), channelZero.size(), channelZero) == 0)
            ids.push_back(name.substr(0, name.size() - channelZero.size()));
        else if (name.size() > ending.size() + 5 && name[name.size() - ending.size() - 5] == '_')
            throw InputError(manifest, "multi-channel nnU-Net datasets are not supported (found " + name + ")");
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string lower(std::string text) {
    for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

bool NnunetRawFolder::isNnunetJson(const json& document) {
    return document.is_object() && document.contains("channel_names") && document.contains("labels") &&
           document.contains("file_ending");
}

Dataset NnunetRawFolder::read(const std::filesystem::path& folder, ModalityRole role) {
    const std::filesystem::path manifest = folder / "dataset.json";
    const json document = JsonFileReader::read(manifest);
    if (!isNnunetJson(document))
        throw InputError(manifest, "not an nnU-Net v2 dataset.json (needs channel_names, labels and file_ending)");
    const auto& channels = document["channel_names"];
    if (!channels.is_object() || channels.size() != 1)
        throw InputError(manifest, "multi-channel nnU-Net datasets are not supported (" +
                                       std::to_string(channels.size()) + " channels); CrossSeg uses one modality per folder");
    const std::string ending = document["file_ending"].is_string() ? document["file_ending"].get<std::string>() : "";
    if (ending.empty() || ending[0] != '.') throw InputError(manifest, "file_ending must be like \".nii.gz\"");

    Dataset dataset;
    dataset.root = std::filesystem::absolute(folder);
    dataset.name = document.value("name", dataset.root.filename().string());
    dataset.layout = "nnunet";

    // labels: {"background": 0, "liver": 1, ...}; nnU-Net requires consecutive values from 0.
    std::vector<std::pair<int, std::string>> labels;
    for (const auto& [name, value] : document["labels"].items()) {
        if (!value.is_number_integer())
            throw InputError(manifest, "label '" + name + "': region-based (list) labels are not supported");
        labels.emplace_back(value.get<int>(), name);
    }
    std::sort(labels.begin(), labels.end());
    DatasetModality modality;
    modality.name = lower(channels.begin().value().get<std::string>());
    modality.role = role;
    modality.labelMapIsStrict = true;
    for (std::size_t n = 0; n < labels.size(); ++n) {
        if (labels[n].first != static_cast<int>(n))
            throw InputError(manifest, "labels must be consecutive from 0 (background); found " +
                                           std::to_string(labels[n].first) + " for '" + labels[n].second + "'");
        dataset.classes.push_back(n == 0 ? "background" : labels[n].second);
        modality.labelMap[static_cast<int>(n)] = static_cast<int>(n);
    }
    if (dataset.classes.size() < 2) throw InputError(manifest, "labels must name background and at least one class");
    dataset.modalities[modality.name] = modality;

    const auto addCases = [&](const char* imagesFolder, const char* labelsFolder, const std::string& split) {
        for (const auto& id : caseIdsIn(dataset.root / imagesFolder, ending, manifest)) {
            DatasetCase c;
            c.id = id;
            c.modality = modality.name;
            c.image = dataset.root / imagesFolder / (id + "_0000" + ending);
            if (labelsFolder) {
                c.label = dataset.root / labelsFolder / (id + ending);
                if (!std::filesystem::exists(c.label)) c.problems.push_back("label file is missing: " + c.label.string());
            }
            dataset.splits[split].push_back(id);
            dataset.cases.push_back(std::move(c));
        }
    };
    addCases("imagesTr", "labelsTr", modality.name + "_train");
    addCases("imagesTs", nullptr, modality.name + "_test");
    if (dataset.cases.empty()) throw InputError(folder, "no cases: imagesTr holds no <case>_0000" + ending + " files");
    if (document.contains("numTraining") && document["numTraining"].is_number_integer() &&
        document["numTraining"].get<std::size_t>() != dataset.splits[modality.name + "_train"].size())
        dataset.cases.front().problems.push_back(
            "dataset.json says numTraining " + document["numTraining"].dump() + " but imagesTr holds " +
            std::to_string(dataset.splits[modality.name + "_train"].size()) + " cases");
    return dataset;
}

} // namespace crossseg
