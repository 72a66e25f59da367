// crossseg bench io: how fast this machine reads a dataset's volumes and turns them into slices.
//   read MB/s        uncompressed voxel data (stored component size) of every image and label file, per second of
//                    wall time spent in VolumeReader (decompression and parsing included)
//   preprocess       slices per second of normalisation + in-plane resizing (images and labels), volumes in memory
//   end to end       slices per second of DatasetLoader (read, check, reorient, map labels) + preprocessing
// Each phase also reports the process's CPU seconds: on a shared, busy machine wall time includes waiting for a
// core, CPU time does not (the work itself is single-threaded). docs/BENCHMARKS.md records the numbers.
#include "BenchMachine.h"
#include "CommandRegistry.h"

#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/dataset/DatasetLoader.h"
#include "core/io/VolumeReader.h"
#include "core/preprocess/SliceCacheBuilder.h"
#include "core/util/AtomicFile.h"
#include "core/util/Log.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

namespace crossseg::cli {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double cpuSecondsSince(std::clock_t start) { return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

std::size_t bytesPerComponent(const std::string& componentType) {
    static const std::map<std::string, std::size_t> sizes{{"uint8", 1},  {"int8", 1},  {"uint16", 2}, {"int16", 2},
                                                          {"uint32", 4}, {"int32", 4}, {"float", 4},  {"uint64", 8},
                                                          {"int64", 8},  {"double", 8}};
    const auto it = sizes.find(componentType);
    return it == sizes.end() ? 4 : it->second;
}

struct Totals {
    int files = 0;
    double megabytes = 0, readSeconds = 0, readCpuSeconds = 0;
    int cases = 0;
    long slices = 0;
    double loadSeconds = 0, preprocessSeconds = 0, preprocessCpuSeconds = 0;
};

void timeRead(const std::filesystem::path& file, bool labels, Totals& totals) {
    const VolumeReader::Header header = VolumeReader::readHeader(file);
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    const std::size_t voxels = labels ? VolumeReader::readLabels(file).voxels().size()
                                      : VolumeReader::readImage(file).voxels().size();
    totals.readSeconds += secondsSince(start);
    totals.readCpuSeconds += cpuSecondsSince(cpuStart);
    totals.megabytes += static_cast<double>(voxels * header.components * bytesPerComponent(header.componentType)) / 1e6;
    ++totals.files;
}

void setupBenchIo(CLI::App& command) {
    auto datasetPath = std::make_shared<std::string>();
    auto jsonPath = std::make_shared<std::string>();
    auto size = std::make_shared<int>(SliceCacheParameters{}.height);
    command.add_option("--dataset", *datasetPath, "Dataset: manifest JSON, MM-WHS folder or nnU-Net raw folder")
        ->required();
    command.add_option("--json", *jsonPath, "Also write the results to this JSON file");
    command.add_option("--size", *size, "In-plane slice size N")->capture_default_str()->check(CLI::Range(8, 2048));
    command.callback([datasetPath, jsonPath, size] {
        const Dataset dataset = DatasetDiscovery::open(*datasetPath);
        SliceCacheParameters requested;
        requested.height = requested.width = *size;
        const SliceCacheParameters parameters = DatasetCachePreparer::resolveParameters(dataset, requested);
        const auto cases = DatasetCachePreparer::cacheCases(dataset);

        Totals totals;
        for (const auto& info : cases) {
            timeRead(info.sourceImage, false, totals);
            if (!info.sourceLabel.empty()) timeRead(info.sourceLabel, true, totals);
        }
        log::info("bench io: read " + std::to_string(totals.files) + " files");
        for (const auto& info : cases) {
            const auto loadStart = Clock::now();
            LoadedCase loaded = DatasetLoader::load(dataset, *dataset.findCase(info.id));
            totals.loadSeconds += secondsSince(loadStart);
            const CaseVolumes volumes{std::move(loaded.image), std::move(loaded.labels)};
            const auto sliceStart = Clock::now();
            const std::clock_t cpuStart = std::clock();
            const CaseSlices slices = SliceCacheBuilder::sliceCase(volumes, info.modality, parameters);
            totals.preprocessSeconds += secondsSince(sliceStart);
            totals.preprocessCpuSeconds += cpuSecondsSince(cpuStart);
            totals.slices += slices.count;
            ++totals.cases;
        }

        const nlohmann::json result = {
            {"dataset", dataset.root.string()},
            {"cases", totals.cases},
            {"files_read", totals.files},
            {"uncompressed_mb", totals.megabytes},
            {"read_seconds", totals.readSeconds},
            {"read_mb_per_s", totals.megabytes / totals.readSeconds},
            {"read_cpu_seconds", totals.readCpuSeconds},
            {"read_mb_per_cpu_s", totals.megabytes / totals.readCpuSeconds},
            {"slice_size", {parameters.height, parameters.width}},
            {"slices", totals.slices},
            {"preprocess_seconds", totals.preprocessSeconds},
            {"preprocess_slices_per_s", static_cast<double>(totals.slices) / totals.preprocessSeconds},
            {"preprocess_cpu_seconds", totals.preprocessCpuSeconds},
            {"preprocess_slices_per_cpu_s", static_cast<double>(totals.slices) / totals.preprocessCpuSeconds},
            {"load_seconds", totals.loadSeconds},
            {"end_to_end_slices_per_s",
             static_cast<double>(totals.slices) / (totals.loadSeconds + totals.preprocessSeconds)},
            {"machine", BenchMachine::describe()}};
        std::printf("read:        %d files, %.1f MB uncompressed in %.2f s = %.1f MB/s (CPU %.2f s = %.1f MB/s)\n",
                    totals.files, totals.megabytes, totals.readSeconds, totals.megabytes / totals.readSeconds,
                    totals.readCpuSeconds, totals.megabytes / totals.readCpuSeconds);
        std::printf("preprocess:  %ld slices (%d cases) at %d x %d in %.2f s = %.0f slices/s (CPU %.2f s = %.0f/s)\n",
                    totals.slices, totals.cases, parameters.height, parameters.width, totals.preprocessSeconds,
                    static_cast<double>(totals.slices) / totals.preprocessSeconds, totals.preprocessCpuSeconds,
                    static_cast<double>(totals.slices) / totals.preprocessCpuSeconds);
        std::printf("end to end:  load + preprocess %.2f s = %.0f slices/s\n",
                    totals.loadSeconds + totals.preprocessSeconds,
                    static_cast<double>(totals.slices) / (totals.loadSeconds + totals.preprocessSeconds));
        std::printf("machine:     %s, %u hardware threads\n", BenchMachine::cpuModel().c_str(), std::thread::hardware_concurrency());
        if (!jsonPath->empty()) AtomicFile::writeText(*jsonPath, result.dump(2) + "\n");
    });
}

const bool registered =
    CommandRegistry::add("bench", "io", "Volume read speed and preprocessing speed on a dataset", &setupBenchIo);

} // namespace
} // namespace crossseg::cli
