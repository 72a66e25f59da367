#pragma once
// Shared helpers for the Qt Test suites: where the real data lives, scratch folders, artifacts.
#include <QtTest/QtTest>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace crossseg::test {

// ../shared/data from the project root (CMake passes it in CROSSSEG_SHARED_DATA); empty when absent.
inline std::filesystem::path sharedDataRoot() {
    const char* env = std::getenv("CROSSSEG_SHARED_DATA");
    std::filesystem::path root = env ? env : "";
    if (root.empty() || !std::filesystem::exists(root / "abdomen-ct-mr" / "dataset.json")) return {};
    return root;
}

// Where tests leave files for people to look at (screenshots); created on demand.
inline std::filesystem::path artifactDirectory() {
    const char* env = std::getenv("CROSSSEG_TEST_ARTIFACTS");
    std::filesystem::path dir = env ? env : std::filesystem::temp_directory_path() / "crossseg-test-artifacts";
    std::filesystem::create_directories(dir);
    return dir;
}

// The built command-line executable (CMake passes its path in CROSSSEG_CLI).
inline std::string cliExecutable() {
    const char* env = std::getenv("CROSSSEG_CLI");
    return env ? env : "crossseg";
}

} // namespace crossseg::test

// Skips the current test with a message when the shared abdomen data is not present.
#define CROSSSEG_REQUIRE_SHARED_DATA(rootVar)                                                                   \
    const std::filesystem::path rootVar = crossseg::test::sharedDataRoot();                                    \
    if (rootVar.empty()) QSKIP("../shared/data/abdomen-ct-mr is absent: skipping the real-data test")
