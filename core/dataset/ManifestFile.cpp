#include "core/dataset/ManifestFile.h"

#include "core/dataset/JsonFileReader.h"
#include "core/util/InputError.h"

#include <set>

namespace crossseg {
namespace {

using nlohmann::json;

// Where in the document a value sits, for error messages: "modalities.ct.cases[3].image".
[[noreturn]] void fail(const std::filesystem::path& file, const std::string& where, const std::string& what) {
    throw InputError(file, where + ": " + what);
}

std::string requireString(const json& object, const char* key, const std::filesystem::path& file,
                          const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) fail(file, where, std::string("needs a string '") + key + "'");
    return it->get<std::string>();
}

// "unmapped_labels": "background" (default, as the shared data's README documents) or "error".
bool strictnessOf(const json& object, const std::filesystem::path& file, const std::string& where, bool fallback) {
    const auto it = object.find("unmapped_labels");
    if (it == object.end()) return fallback;
    if (*it == "error") return true;
    if (*it == "background") return false;
    fail(file, where + ".unmapped_labels", "must be \"background\" or \"error\"");
}

std::map<int, int> labelMapOf(const json& modality, std::size_t classCount, const std::filesystem::path& file,
                              const std::string& where) {
    std::map<int, int> map;
    const auto it = modality.find("label_map");
    if (it == modality.end()) {
        // No map: the label files already hold class indices.
        for (std::size_t c = 1; c < classCount; ++c) map[static_cast<int>(c)] = static_cast<int>(c);
        return map;
    }
    if (!it->is_object()) fail(file, where + ".label_map", "must be an object {\"file value\": class index}");
    for (const auto& [key, value] : it->items()) {
        int fileValue = 0;
        try {
            std::size_t used = 0;
            fileValue = std::stoi(key, &used);
            if (used != key.size()) throw std::invalid_argument(key);
        } catch (const std::exception&) {
            fail(file, where + ".label_map", "key '" + key + "' is not a whole number");
        }
        if (fileValue < 0 || fileValue > 65535) fail(file, where + ".label_map", "value " + key + " is outside 0..65535");
        if (!value.is_number_integer() || value.get<int>() < 0 || value.get<std::size_t>() >= classCount)
            fail(file, where + ".label_map", "'" + key + "' maps to " + value.dump() + ", not a class index 0.." +
                                                 std::to_string(classCount - 1));
        map[fileValue] = value.get<int>();
    }
    return map;
}

// "stored_intensity": {"unit": "HU", "slope": s, "intercept": i} -> physical = stored * s + i (DICOM's rescale).
StoredIntensity storedIntensityOf(const json& modality, const std::filesystem::path& file, const std::string& where) {
    StoredIntensity stored;
    const auto it = modality.find("stored_intensity");
    if (it == modality.end()) return stored;
    const std::string at = where + ".stored_intensity";
    if (!it->is_object()) fail(file, at, "must be an object {\"unit\": \"HU\", \"slope\": s, \"intercept\": i}");
    stored.unit = requireString(*it, "unit", file, at);
    for (const char* key : {"slope", "intercept"}) {
        const auto value = it->find(key);
        if (value == it->end() || !value->is_number()) fail(file, at, std::string("needs a number '") + key + "'");
    }
    stored.slope = it->at("slope").get<double>();
    stored.intercept = it->at("intercept").get<double>();
    const std::string problem = stored.problem();
    if (!problem.empty()) fail(file, at, problem);
    return stored;
}

std::filesystem::path resolve(const std::filesystem::path& base, const std::string& relative) {
    const std::filesystem::path p(relative);
    return (p.is_absolute() ? p : base / p).lexically_normal();
}

} // namespace

bool ManifestFile::isManifest(const json& document) {
    return document.is_object() && document.contains("modalities") && document["modalities"].is_object();
}

Dataset ManifestFile::read(const std::filesystem::path& file) {
    const auto document = JsonFileReader::read(file);
    try {
        return parse(document, file);
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("unexpected value: ") + e.what());
    }
}

Dataset ManifestFile::parse(const json& document, const std::filesystem::path& file) {
    if (!isManifest(document)) throw InputError(file, "not a CrossSeg dataset manifest (no \"modalities\" object)");
    const std::filesystem::path base = std::filesystem::absolute(file).parent_path();
    Dataset dataset;
    dataset.root = std::filesystem::absolute(file);
    dataset.layout = "manifest";
    dataset.name = document.value("name", base.filename().string());

    const auto classes = document.find("classes");
    if (classes == document.end() || !classes->is_array() || classes->size() < 2)
        fail(file, "classes", "needs a list of at least two names, background first");
    for (const auto& c : *classes) {
        if (!c.is_string()) fail(file, "classes", "every class name must be a string");
        dataset.classes.push_back(c.get<std::string>());
    }
    const bool strictByDefault = strictnessOf(document, file, "manifest", false);

    std::set<std::string> ids;
    for (const auto& [name, modality] : document["modalities"].items()) {
        const std::string where = "modalities." + name;
        if (!modality.is_object()) fail(file, where, "must be an object");
        DatasetModality m;
        m.name = name;
        const std::string role = modality.value("role", "unassigned");
        m.role = modalityRoleFromString(role);
        if (m.role == ModalityRole::Unassigned && role != "unassigned")
            fail(file, where + ".role", "must be \"target\", \"assistant\" or \"unassigned\", not \"" + role + "\"");
        m.labelMap = labelMapOf(modality, dataset.classes.size(), file, where);
        m.labelMapIsStrict = strictnessOf(modality, file, where, strictByDefault);
        m.storedIntensity = storedIntensityOf(modality, file, where);
        dataset.modalities[name] = m;

        const auto cases = modality.find("cases");
        if (cases == modality.end() || !cases->is_array()) fail(file, where + ".cases", "needs a list of cases");
        for (std::size_t n = 0; n < cases->size(); ++n) {
            const json& entry = (*cases)[n];
            const std::string caseWhere = where + ".cases[" + std::to_string(n) + "]";
            if (!entry.is_object()) fail(file, caseWhere, "must be an object with id, image and (optional) label");
            DatasetCase c;
            c.id = requireString(entry, "id", file, caseWhere);
            if (!ids.insert(c.id).second) fail(file, caseWhere, "case id '" + c.id + "' is used twice");
            c.modality = name;
            c.image = resolve(base, requireString(entry, "image", file, caseWhere));
            if (entry.contains("label") && !entry["label"].is_null())
                c.label = resolve(base, requireString(entry, "label", file, caseWhere));
            if (!std::filesystem::exists(c.image)) c.problems.push_back("image file is missing: " + c.image.string());
            if (c.hasLabel() && !std::filesystem::exists(c.label))
                c.problems.push_back("label file is missing: " + c.label.string());
            dataset.cases.push_back(std::move(c));
        }
    }
    if (dataset.cases.empty()) throw InputError(file, "the manifest lists no cases");

    if (document.contains("splits")) {
        if (!document["splits"].is_object()) fail(file, "splits", "must be an object {\"name\": [case ids]}");
        for (const auto& [split, members] : document["splits"].items()) {
            if (!members.is_array()) fail(file, "splits." + split, "must be a list of case ids");
            std::vector<std::string> list;
            for (const auto& id : members) {
                if (!id.is_string() || !ids.count(id.get<std::string>()))
                    fail(file, "splits." + split, "names " + id.dump() + ", which is not a case of the manifest");
                list.push_back(id.get<std::string>());
            }
            dataset.splits[split] = std::move(list);
        }
    }
    return dataset;
}

} // namespace crossseg
