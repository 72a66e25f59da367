#pragma once
#include "core/phantom/CardiacPhantom.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crossseg {

class TaskControl;

// Writes the demo dataset: the cardiac phantom in MM-WHS naming and label codes,
//   ct_train_10NN_image.nii.gz / ct_train_10NN_label.nii.gz   (N cases)
//   mr_train_10NN_image.nii.gz / mr_train_10NN_label.nii.gz   (N cases)
//   ct_test_20NN_image.nii.gz  / ct_test_20NN_label.nii.gz    (test cases, labelled for evaluation)
// plus a small marker file (.crossseg-demo-data) recording the parameters, so that a second run recognises its own
// dataset. Files of the same dataset that are already present are kept (they would come out byte-identical);
// a folder holding a different demo dataset, or foreign files under the demo's names, is refused unless
// `force` is set.
class DemoDatasetGenerator {
public:
    struct Options {
        std::filesystem::path outputFolder;
        int casesPerModality = 6; // 1..99 (MM-WHS numbering 1001..1099)
        int testCases = -1;       // CT test cases; -1: a third of casesPerModality, at least 1
        std::uint64_t seed = 0;
        bool force = false;
    };

    struct PlannedCase {
        PhantomModality modality;
        int caseNumber;        // 1001.., 2001..
        std::string imageFile; // file names inside the output folder
        std::string labelFile;
    };

    struct Result {
        std::vector<std::filesystem::path> written;
        std::vector<std::filesystem::path> kept; // already present from the same dataset
    };

    static std::vector<PlannedCase> plan(const Options& options);
    static Result generate(const Options& options, TaskControl* control = nullptr);

    static const char* markerFileName() { return ".crossseg-demo-data"; }
    static int effectiveTestCases(const Options& options);
};

} // namespace crossseg
