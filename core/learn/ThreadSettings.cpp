#include "core/learn/ThreadSettings.h"

#include <torch/torch.h>

#include <dlfcn.h>

#include <thread>

namespace crossseg {
namespace {
// LibTorch links its OpenMP runtime (libgomp, or the copy PyTorch's wheels bundle) and, on Debian, OpenBLAS through
// libblas.so.3; the engine is built with neither, so their calls are looked up at run time instead of linked.
template <typename Function>
Function openMp(const char* name) {
    return reinterpret_cast<Function>(::dlsym(RTLD_DEFAULT, name));
}
} // namespace

void ThreadSettings::useIntraOpThreads(int threads) {
    if (threads <= 0) threads = int(std::thread::hardware_concurrency());
    if (threads > 0) torch::set_num_threads(threads);
}

void ThreadSettings::keepWorkerSingleThreaded() {
    // Not torch::set_num_threads(1): it also stores a process-wide default that threads LibTorch starts later
    // (autograd, inter-op) adopt. omp_set_num_threads changes the calling thread's setting only.
    if (auto setThreads = openMp<void (*)(int)>("omp_set_num_threads")) setThreads(1);
}

bool ThreadSettings::setBlasThreads(int threads) {
    auto setThreads = openMp<void (*)(int)>("openblas_set_num_threads");
    if (!setThreads || threads < 1) return false;
    setThreads(threads);
    return true;
}

int ThreadSettings::callingThreadTeamSize() {
    auto maxThreads = openMp<int (*)()>("omp_get_max_threads");
    return maxThreads ? maxThreads() : 1;
}

void ThreadSettings::setCudnnBenchmark(bool on) { at::globalContext().setBenchmarkCuDNN(on); }

bool ThreadSettings::setFlushDenormals(bool on) {
    // setFlushDenormal changes the calling thread's MXCSR only; the OpenMP team that runs the calling thread's
    // parallel regions keeps its own. at::parallel_for cannot reach it from here: this file is compiled without
    // -fopenmp, so the header's `#pragma omp parallel` is dropped and the lambda runs on the calling thread alone.
    // GOMP_parallel (what the compiler lowers that pragma to, libgomp's ABI since GCC 4.9) runs the function once on
    // every member of the team the calling thread's next region gets, the calling thread included.
    if (!at::globalContext().setFlushDenormal(on)) return false;
    using Body = void (*)(void*);
    if (auto parallel = openMp<void (*)(Body, void*, unsigned, unsigned)>("GOMP_parallel")) {
        parallel([](void* mode) { at::globalContext().setFlushDenormal(*static_cast<bool*>(mode)); }, &on, 0, 0);
    }
    return true;
}

} // namespace crossseg
