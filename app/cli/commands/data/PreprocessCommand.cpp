// crossseg preprocess: builds (or finds) the slice cache of a dataset and prints its folder on stdout, so that
// scripts can pass it on: crossseg train --cache "$(crossseg preprocess --dataset D)".
#include "CommandRegistry.h"
#include "ConsoleProgress.h"

#include "core/dataset/DatasetCachePreparer.h"
#include "core/dataset/DatasetDiscovery.h"
#include "core/util/TaskControl.h"

#include <iostream>
#include <memory>

namespace crossseg::cli {
namespace {

struct PreprocessArguments {
    std::string dataset;
    int size = SliceCacheParameters{}.height;
    std::string cacheDirectory;
};

void setupPreprocess(CLI::App& command) {
    auto arguments = std::make_shared<PreprocessArguments>();
    command.add_option("--dataset", arguments->dataset, "Dataset: manifest JSON, MM-WHS folder or nnU-Net raw folder")
        ->required();
    command.add_option("--size", arguments->size, "In-plane slice size N (slices are resized to N x N)")
        ->capture_default_str()
        ->check(CLI::Range(8, 2048));
    command.add_option("--cache-dir", arguments->cacheDirectory,
                       "Where slice caches live (default: <user cache dir>/crossseg/slice-cache)");
    command.callback([arguments] {
        const Dataset dataset = DatasetDiscovery::open(arguments->dataset);
        SliceCacheParameters parameters;
        parameters.height = arguments->size;
        parameters.width = arguments->size;
        const std::filesystem::path root = arguments->cacheDirectory.empty()
                                               ? DatasetCachePreparer::defaultCacheRoot()
                                               : std::filesystem::path(arguments->cacheDirectory);
        ConsoleProgress progress;
        TaskControl control(&progress);
        std::cout << DatasetCachePreparer::prepare(dataset, parameters, root, control).string() << std::endl;
    });
}

const bool registered = CommandRegistry::add(
    "", "preprocess", "Normalise and slice a dataset into its slice cache; prints the cache folder", &setupPreprocess);

} // namespace
} // namespace crossseg::cli
