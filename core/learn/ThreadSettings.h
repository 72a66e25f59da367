#pragma once

namespace crossseg {

// Who gets the cores. LibTorch's CPU ops run on OpenMP teams, and every thread that calls an ATen op starts a team
// of its own, sized by OpenMP's default (all cores), not by torch::set_num_threads (which sets the calling
// thread's team only). So each data-loader worker that augments a batch with ATen ops (grid_sample ...) brings a
// team of its own: 2 loaders x 2 + the training thread's 2 = 6 threads on 2 cores, whose spinning siblings
// slow the training thread's parallel regions.
class ThreadSettings {
public:
    // Intra-op threads of the calling thread (the training thread): 0 = the machine's hardware threads.
    static void useIntraOpThreads(int threads);
    // For worker threads (loaders): their ATen ops run single-threaded, leaving the cores to the training thread.
    // Affects only the calling thread. A no-op where no OpenMP runtime is loaded.
    static void keepWorkerSingleThreaded();
    // OpenBLAS's own thread pool (Debian's libopenblas0-pthread): LibTorch calls its sgemm from inside its own
    // OpenMP regions, and OpenBLAS's pthreads then spin (sched_yield) against the OpenMP team on the same cores.
    // threads = 1 keeps BLAS calls on the calling thread. Returns false where no OpenBLAS is loaded.
    static bool setBlasThreads(int threads);
    // The OpenMP team size a new parallel region of the calling thread would get (1 without OpenMP).
    static int callingThreadTeamSize();
    // cuDNN's autotuner: picks the fastest convolution algorithm per shape on first use (CUDA only; results may
    // differ by rounding between runs, so it is an option, off by default).
    static void setCudnnBenchmark(bool on);
    // Flush-to-zero and denormals-are-zero (x86 MXCSR) for the calling thread and every member of its OpenMP team;
    // threads created later by the calling thread inherit it. Denormal floats (tiny gradients, Adam's
    // squared-gradient averages, near-zero activations) take a slow microcode path on many x86 CPUs; on this
    // project's 2-core Xeon VM flushing them measured no gain in a real mkd-iam run (docs/BENCHMARKS.md), so it is a
    // profile parameter (flush_denormals, off in the named profiles), applied per run, on as well as off. Results
    // move at float-rounding level. Returns false where the CPU cannot flush denormals (the setting is unchanged).
    static bool setFlushDenormals(bool on);
};

} // namespace crossseg
