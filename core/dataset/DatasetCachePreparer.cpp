#include "core/dataset/DatasetCachePreparer.h"

#include "core/dataset/DatasetLoader.h"
#include "core/io/VolumeReader.h"
#include "core/preprocess/CtWindowChoice.h"
#include "core/preprocess/SliceCacheBuilder.h"
#include "core/preprocess/SliceCacheKey.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"
#include "core/util/UserDataPaths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <set>
#include <stdexcept>

namespace crossseg {
namespace {

// The manifest file a dataset came from, or empty for folder layouts (MM-WHS, nnU-Net) that have none of ours.
std::filesystem::path manifestFileOf(const Dataset& dataset) {
    if (dataset.layout != "manifest") return {};
    if (std::filesystem::is_regular_file(dataset.root)) return dataset.root;
    const auto inFolder = dataset.root / "dataset.json";
    return std::filesystem::is_regular_file(inFolder) ? inFolder : std::filesystem::path();
}

// modalities.<name>.intensity_window: [low, high] with low < high.
std::map<std::string, std::array<double, 2>> manifestWindows(const std::filesystem::path& manifest) {
    std::map<std::string, std::array<double, 2>> windows;
    if (manifest.empty()) return windows;
    std::ifstream in(manifest, std::ios::binary);
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& error) {
        throw InputError(manifest, std::string("cannot read the manifest: ") + error.what());
    }
    if (!document.contains("modalities") || !document["modalities"].is_object()) return windows;
    for (const auto& [modality, description] : document["modalities"].items()) {
        if (!description.is_object() || !description.contains("intensity_window")) continue;
        const auto& window = description["intensity_window"];
        const bool wellFormed = window.is_array() && window.size() == 2 && window[0].is_number() &&
                                window[1].is_number() && window[0].get<double>() < window[1].get<double>();
        if (!wellFormed)
            throw InputError(manifest, "modality \"" + modality + "\": intensity_window must be [low, high] with "
                                       "low < high, got " + window.dump());
        windows[modality] = {window[0].get<double>(), window[1].get<double>()};
    }
    return windows;
}

bool isCt(const std::string& modality) {
    std::string lower = modality;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower == "ct";
}

// Only cases that go into the cache count (a case with problems may have no readable image at all).
bool allImagesStoredAsUint8(const Dataset& dataset, const std::string& modality) {
    bool any = false;
    for (const DatasetCase* c : dataset.casesOfModality(modality)) {
        if (!c->problems.empty()) continue;
        if (VolumeReader::readHeader(c->image).componentType != "uint8") return false;
        any = true;
    }
    return any;
}

std::string percentText(double percent) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", percent);
    return text;
}

// Folder names come from dataset names, which come from users: keep them to portable characters.
std::string safeName(const std::string& name) {
    std::string safe;
    for (unsigned char c : name) safe += (std::isalnum(c) || c == '-' || c == '_') ? static_cast<char>(c) : '_';
    return safe.empty() ? "dataset" : safe;
}

CaseVolumes loadCase(const Dataset& dataset, const SliceCacheCase& info) {
    const DatasetCase* datasetCase = dataset.findCase(info.id);
    if (!datasetCase) throw std::logic_error("DatasetCachePreparer: case " + info.id + " vanished from its dataset");
    LoadedCase loaded = DatasetLoader::load(dataset, *datasetCase);
    return CaseVolumes{std::move(loaded.image), std::move(loaded.labels)};
}

std::string keyOfCases(const Dataset& dataset, const std::vector<SliceCacheCase>& cases,
                       const SliceCacheParameters& resolved) {
    std::vector<SourceFileStamp> sources;
    nlohmann::json caseList = nlohmann::json::array();
    for (const auto& info : cases) {
        sources.push_back(SourceFileStamp::of(info.sourceImage));
        if (!info.sourceLabel.empty()) sources.push_back(SourceFileStamp::of(info.sourceLabel));
        caseList.push_back({info.id, info.modality});
    }
    nlohmann::json modalities = nlohmann::json::object();
    for (const auto& [name, modality] : dataset.modalities) {
        nlohmann::json labelMap = nlohmann::json::object();
        for (const auto& [value, index] : modality.labelMap) labelMap[std::to_string(value)] = index;
        modalities[name] = {{"role", toString(modality.role)}, {"label_map", labelMap},
                            {"strict", modality.labelMapIsStrict}};
    }
    const nlohmann::json content = {{"classes", dataset.classes}, {"modalities", modalities},
                                    {"splits", dataset.splits}, {"cases", caseList}};
    return SliceCacheKey::compute(resolved, sources, content);
}

} // namespace

std::filesystem::path DatasetCachePreparer::defaultCacheRoot() {
    return UserDataPaths::cacheDirectory() / "slice-cache";
}

SliceCacheParameters DatasetCachePreparer::resolveParameters(const Dataset& dataset,
                                                             const SliceCacheParameters& requested) {
    SliceCacheParameters resolved = requested;
    std::set<std::string> requestedWindows;
    for (const auto& [modality, window] : requested.intensityWindows) requestedWindows.insert(modality);
    const auto fromManifest = manifestWindows(manifestFileOf(dataset));
    for (const auto& [modality, window] : fromManifest)
        resolved.intensityWindows.emplace(modality, window); // an explicit request wins over the manifest
    for (const auto& [modality, description] : dataset.modalities) {
        if (resolved.conventions.count(modality)) continue; // recorded by whoever asked for this window
        IntensityConvention convention;
        convention.storedIntensity = description.storedIntensity;
        const bool ct = isCt(modality);
        convention.unit = description.storedIntensity.declared() ? description.storedIntensity.unit
                                                                 : (ct ? "HU" : "arbitrary");
        if (requestedWindows.count(modality)) {
            convention.chosenBy = "requested window";
        } else if (fromManifest.count(modality)) {
            convention.chosenBy = "manifest intensity_window";
        } else if (ct && !description.storedIntensity.declared() && allImagesStoredAsUint8(dataset, modality)) {
            // Nothing says what the 8-bit numbers mean: normalise them as stored, as before issue 13. A model
            // trained so expects 8-bit input; the manifest's stored_intensity would let it learn HU instead.
            resolved.intensityWindows[modality] = {0.0, 255.0};
            convention.unit = "stored";
            convention.chosenBy = "8-bit CT without stored_intensity: normalised as stored, [0, 255]";
            log::warn("modality " + modality + ": images are stored as 8-bit and the manifest declares no "
                      "stored_intensity; normalising [0, 255] as stored. Declare it to train in HU.");
        } else if (ct && convention.unit == "HU") {
            const CtWindowChoice::Window window = CtWindowChoice::forClasses(dataset.classes);
            resolved.intensityWindows[modality] = window.range;
            convention.chosenBy = window.reason;
            log::info("modality " + modality + ": " + window.reason);
        } else {
            convention.chosenBy = "each volume's own " + percentText(requested.mrLowPercentile) + "th and " +
                                  percentText(requested.mrHighPercentile) + "th percentiles";
        }
        resolved.conventions[modality] = convention;
    }
    return resolved;
}

std::vector<SliceCacheCase> DatasetCachePreparer::cacheCases(const Dataset& dataset) {
    std::vector<SliceCacheCase> cases;
    for (const auto& c : dataset.cases) {
        if (!c.problems.empty()) {
            log::warn("case " + c.id + " is left out of the slice cache: " + c.problems.front());
            continue;
        }
        SliceCacheCase info;
        info.id = c.id;
        info.modality = c.modality;
        const DatasetModality* modality = dataset.modality(c.modality);
        info.role = toString(modality ? modality->role : ModalityRole::Unassigned);
        info.sourceImage = c.image;
        info.sourceLabel = c.label;
        cases.push_back(info);
    }
    return cases;
}

std::string DatasetCachePreparer::keyOf(const Dataset& dataset, const SliceCacheParameters& resolved) {
    return keyOfCases(dataset, cacheCases(dataset), resolved);
}

std::filesystem::path DatasetCachePreparer::folderFor(const Dataset& dataset, const SliceCacheParameters& requested,
                                                      const std::filesystem::path& cacheRoot) {
    return cacheRoot / (safeName(dataset.name) + "-" + keyOf(dataset, resolveParameters(dataset, requested)));
}

std::filesystem::path DatasetCachePreparer::prepare(const Dataset& dataset, const SliceCacheParameters& requested,
                                                    const std::filesystem::path& cacheRoot, TaskControl& control) {
    const SliceCacheParameters resolved = resolveParameters(dataset, requested);
    const std::vector<SliceCacheCase> cases = cacheCases(dataset);
    const std::string key = keyOfCases(dataset, cases, resolved);
    const std::filesystem::path folder = cacheRoot / (safeName(dataset.name) + "-" + key);
    if (SliceCache::exists(folder) && SliceCache::open(folder).key() == key) {
        log::info("slice cache up to date: " + folder.string());
        control.report("preprocess", 1.0, "up to date: " + folder.string());
        return folder;
    }

    if (cases.empty()) throw InputError(dataset.root, "the dataset has no usable case to preprocess");
    std::set<std::string> included;
    for (const auto& info : cases) included.insert(info.id);

    SliceCacheBuilder builder(resolved, key);
    builder.setClasses(dataset.classes);
    for (const auto& [name, modality] : dataset.modalities) builder.setModalityRole(name, toString(modality.role));
    std::map<std::string, std::vector<std::string>> splits;
    for (const auto& [split, ids] : dataset.splits) {
        auto& kept = splits[split]; // a split stays listed even when all its cases were left out
        for (const auto& id : ids)
            if (included.count(id)) kept.push_back(id);
    }
    builder.setSplits(splits);
    builder.build(folder, cases, [&](const SliceCacheCase& info) { return loadCase(dataset, info); }, control);
    return folder;
}

} // namespace crossseg
