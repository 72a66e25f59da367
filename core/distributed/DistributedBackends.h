#pragma once
// Which c10d backends this build of LibTorch offers. Debian's LibTorch 1.13 defines USE_DISTRIBUTED and
// USE_C10D_GLOO (Gloo, CPU); PyTorch's CUDA LibTorch also defines USE_C10D_NCCL, but its headers need nccl.h,
// which the pip wheel keeps outside LibTorch's include folder (site-packages/nvidia/nccl/include): NCCL counts
// as present only when that header is found too (see docs/SCALING.md).
// PyTorch's wheel defines USE_C10D_GLOO yet ships no gloo headers: Gloo counts as present only with them.
#if defined(USE_DISTRIBUTED) && defined(USE_C10D_GLOO) && defined(__has_include)
#if __has_include(<gloo/algorithm.h>)
#define CROSSSEG_HAVE_GLOO 1
#endif
#endif
#if defined(USE_DISTRIBUTED) && defined(USE_C10D_NCCL) && defined(__has_include)
#if __has_include(<nccl.h>)
#define CROSSSEG_HAVE_NCCL 1
#endif
#endif

namespace crossseg::distributed_backends {
#ifdef CROSSSEG_HAVE_GLOO
constexpr bool kGloo = true;
#else
constexpr bool kGloo = false;
#endif
#ifdef CROSSSEG_HAVE_NCCL
constexpr bool kNccl = true;
#else
constexpr bool kNccl = false;
#endif
} // namespace crossseg::distributed_backends
