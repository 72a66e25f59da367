#pragma once
// Entry points of the test classes of the core_preprocess suite; each returns its number of failures.
namespace crossseg::test {
int runIntensityAndResamplingTests(int argc, char** argv);
int runSliceCacheTests(int argc, char** argv);
int runPhysicalIntensityTests(int argc, char** argv);
} // namespace crossseg::test
