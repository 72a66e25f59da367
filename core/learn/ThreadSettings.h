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
};

} // namespace crossseg
