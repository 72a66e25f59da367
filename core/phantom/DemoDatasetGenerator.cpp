#include "core/phantom/DemoDatasetGenerator.h"

#include "core/io/VolumeWriter.h"
#include "core/util/AtomicFile.h"
#include "core/util/InputError.h"
#include "core/util/Log.h"
#include "core/util/TaskControl.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace crossseg {
namespace {

// Bumped whenever the phantom's output changes, so that an old demo folder is not mistaken for the current one.
constexpr int kPhantomVersion = 1;

std::string caseStem(PhantomModality modality, const char* split, int number) {
    return std::string(toString(modality)) + "_" + split + "_" + std::to_string(number);
}

// The marker's content: the parameters that determine every byte of the dataset, then the files it consists of.
std::string markerText(const DemoDatasetGenerator::Options& options, const std::vector<DemoDatasetGenerator::PlannedCase>& cases) {
    std::ostringstream text;
    text << "crossseg-demo-data " << kPhantomVersion << "\n"
         << "seed " << options.seed << "\n"
         << "cases-per-modality " << options.casesPerModality << "\n"
         << "test-cases " << DemoDatasetGenerator::effectiveTestCases(options) << "\n";
    for (const auto& c : cases) text << "file " << c.imageFile << "\nfile " << c.labelFile << "\n";
    return text.str();
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> filesListedIn(const std::string& marker) {
    std::vector<std::string> files;
    std::istringstream lines(marker);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind("file ", 0) == 0) files.push_back(line.substr(5));
    return files;
}

std::string firstLines(const std::string& text, int count) {
    std::istringstream lines(text);
    std::string line, out;
    for (int i = 0; i < count && std::getline(lines, line); ++i) out += (i ? ", " : "") + line;
    return out;
}

void validate(const DemoDatasetGenerator::Options& options) {
    if (options.outputFolder.empty()) throw InputError("demo-data: no output folder given");
    if (options.casesPerModality < 1 || options.casesPerModality > 99)
        throw InputError(options.outputFolder, "--cases must be between 1 and 99 (MM-WHS numbering 1001-1099), got " +
                                                   std::to_string(options.casesPerModality));
    if (options.testCases > 99)
        throw InputError(options.outputFolder, "--test-cases must be at most 99, got " + std::to_string(options.testCases));
    if (std::filesystem::exists(options.outputFolder) && !std::filesystem::is_directory(options.outputFolder))
        throw InputError(options.outputFolder, "exists and is not a folder");
}

} // namespace

int DemoDatasetGenerator::effectiveTestCases(const Options& options) {
    return options.testCases >= 0 ? options.testCases : std::max(1, options.casesPerModality / 3);
}

std::vector<DemoDatasetGenerator::PlannedCase> DemoDatasetGenerator::plan(const Options& options) {
    std::vector<PlannedCase> cases;
    auto add = [&](PhantomModality modality, const char* split, int number) {
        const std::string stem = caseStem(modality, split, number);
        cases.push_back({modality, number, stem + "_image.nii.gz", stem + "_label.nii.gz"});
    };
    for (int i = 1; i <= options.casesPerModality; ++i) add(PhantomModality::CT, "train", 1000 + i);
    for (int i = 1; i <= options.casesPerModality; ++i) add(PhantomModality::MR, "train", 1000 + i);
    for (int i = 1; i <= effectiveTestCases(options); ++i) add(PhantomModality::CT, "test", 2000 + i);
    return cases;
}

DemoDatasetGenerator::Result DemoDatasetGenerator::generate(const Options& options, TaskControl* control) {
    validate(options);
    const std::filesystem::path& folder = options.outputFolder;
    const std::vector<PlannedCase> cases = plan(options);
    const std::string marker = markerText(options, cases);
    const std::filesystem::path markerFile = folder / markerFileName();

    // Decide whether existing files may be kept, must be replaced, or make us refuse.
    bool sameDataset = false;
    if (std::filesystem::exists(markerFile)) {
        const std::string previous = readAll(markerFile);
        sameDataset = previous == marker;
        if (!sameDataset && !options.force)
            throw InputError(folder, "already holds a different demo dataset (" + firstLines(previous, 4) +
                                         "); choose another folder or use --force to replace it");
        if (!sameDataset) {
            // Replacing: files of the old dataset that the new one does not have would mix into it.
            for (const std::string& old : filesListedIn(previous)) {
                const bool stillPlanned = std::any_of(cases.begin(), cases.end(), [&](const PlannedCase& c) {
                    return c.imageFile == old || c.labelFile == old;
                });
                if (!stillPlanned && old.find('/') == std::string::npos) std::filesystem::remove(folder / old);
            }
        }
    } else if (!options.force && std::filesystem::exists(folder)) {
        // No marker: any image or label file there belongs to someone else's dataset, and mixing phantom cases
        // into it (or overwriting it) would spoil both.
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            const std::string name = entry.path().filename().string();
            auto endsWith = [&](const std::string& suffix) {
                return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
            };
            if (endsWith("_image.nii.gz") || endsWith("_label.nii.gz"))
                throw InputError(entry.path(), "already exists and was not written by crossseg demo-data; "
                                               "choose another folder or use --force to write into this one");
        }
    }

    // The marker goes first: an interrupted run is then recognised and completed by the next one.
    AtomicFile::writeText(markerFile, marker);
    log::info("demo-data: " + std::to_string(cases.size()) + " cases (seed " + std::to_string(options.seed) + ") into " +
              folder.string());

    Result result;
    for (std::size_t n = 0; n < cases.size(); ++n) {
        const PlannedCase& c = cases[n];
        if (control) {
            control->checkpoint();
            control->report("demo-data", double(n) / double(cases.size()), c.imageFile);
        }
        const std::filesystem::path image = folder / c.imageFile, label = folder / c.labelFile;
        if (sameDataset && !options.force && std::filesystem::exists(image) && std::filesystem::exists(label)) {
            result.kept.push_back(image);
            result.kept.push_back(label);
            continue;
        }
        const CardiacPhantom::Case generated = CardiacPhantom::generate(options.seed, c.modality, c.caseNumber);
        VolumeWriter::writeImage(generated.image, image);
        VolumeWriter::writeLabels(generated.labels, label);
        result.written.push_back(image);
        result.written.push_back(label);
    }
    if (control) control->report("demo-data", 1.0, "done");
    return result;
}

} // namespace crossseg
