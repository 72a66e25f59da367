#pragma once
// The harness of the engine_cuda suite. GPU machines have LibTorch but no Qt, so this suite is plain C++: cases
// register themselves with ENGINE_CUDA_CASE, ENGINE_CUDA_CHECK records a failure (file, line, condition and a
// streamed explanation) and lets the case go on, so one run shows every mismatch at once.
#include <iostream>
#include <string>
#include <vector>

namespace crossseg::enginecuda {

struct Case {
    const char* name;
    void (*run)();
};

std::vector<Case>& cases(); // in registration order
int& failures();            // failed checks so far
// ENGINE_CUDA_REHEARSE=cpu on a machine without CUDA: every case runs with the CPU standing in for the GPU, so
// the cases themselves are exercised before a GPU machine is lent (comparisons are then trivially exact).
bool rehearsal();

struct Registration {
    Registration(const char* name, void (*run)()) { cases().push_back({name, run}); }
};

} // namespace crossseg::enginecuda

#define ENGINE_CUDA_CASE(name)                                                                                        \
    static void name();                                                                                               \
    static const crossseg::enginecuda::Registration name##Registration(#name, name);                                 \
    static void name()

// ENGINE_CUDA_CHECK(condition, "text" << value ...): the second argument is streamed into the failure message.
#define ENGINE_CUDA_CHECK(condition, explanation)                                                                     \
    do {                                                                                                              \
        if (!(condition)) {                                                                                           \
            ++crossseg::enginecuda::failures();                                                                       \
            std::cout << "  FAIL " << __FILE__ << ":" << __LINE__ << ": " << #condition << ": " << explanation        \
                      << std::endl;                                                                                   \
        }                                                                                                             \
    } while (false)
