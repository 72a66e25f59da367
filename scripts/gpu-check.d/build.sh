#!/usr/bin/env bash
# The build step of scripts/gpu-check.sh (not one of its extra checks): configures the engine-only build
# (no ITK, no Qt) with the engine_cuda suite against PyTorch's LibTorch when python3 has torch (else the system's),
# and builds crossseg and test_engine_cuda with `ninja -k 0`, so one pass shows every compile error.
# Before the whole build, the two translation units that depend most on the LibTorch version
# (ProcessGroupGradientSync.cpp: c10d, Gloo, NCCL; AutocastScope.cpp) and the precompiled torch.h are built alone;
# when they fail, the build falls back and reconfigures before compiling the rest:
#   errors that ask for C++20                  -> CMAKE_CXX_STANDARD 20
#   NCCL or CUDA headers (nccl.h, cusparse.h)  -> without NCCL (-UUSE_C10D_NCCL)
#   Gloo headers (the wheel may not ship them) -> without Gloo (-UUSE_C10D_GLOO)
#   any other c10d error                       -> without NCCL, then without Gloo, then without torch.distributed
# A failed configure is tried once more with nvcc's -allow-unsupported-compiler and nvtx-shim.cmake.
# Writes WORK/build.log (every attempt) and OUT/build-errors.txt (the first 60 error lines, paths shortened).
# Prints one line per step; exit 0 when both targets built.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
build="${BUILD_DIR:-build-gpu}"
work="${WORK:-$root/out/gpu-check/work}"
out="${OUT:-$root/out/gpu-check/results}"
mkdir -p "$work" "$out"
log="$work/build.log"
: >"$log"
start=$(date +%s)
say() { echo "build [$(($(date +%s) - start)) s] $*"; }

prefix="${TORCH_PREFIX-$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>/dev/null)}"
torch_dir="$(python3 -c 'import torch, os; print(os.path.dirname(torch.__file__))' 2>/dev/null)"
[ -n "$prefix" ] || torch_dir=""
nvidia_dir="$(python3 -c 'import nvidia; print(list(nvidia.__path__)[0])' 2>/dev/null)"
search=(${nvidia_dir:+"$nvidia_dir"} /usr/include /usr/local/cuda/include /usr/lib/x86_64-linux-gnu)
nccl_h="$(find "${search[@]}" -maxdepth 4 -path "*/include/nccl.h" 2>/dev/null | head -1)"
nccl_lib="$(find "${search[@]}" -maxdepth 4 -name 'libnccl.so*' 2>/dev/null | head -1)"
nvcc="$(command -v nvcc || true)"
cuda_inc=""
[ -n "$nvcc" ] && [ -f "$(dirname "$(readlink -f "$nvcc")")/../include/cuda_runtime_api.h" ] &&
  cuda_inc="$(cd "$(dirname "$(readlink -f "$nvcc")")/../include" && pwd)"

std=17
nccl=off
[ -n "$torch_dir" ] && [ -n "$nccl_h" ] && nccl=on
gloo=on
[ -z "$torch_dir" ] || [ -f "$torch_dir/include/gloo/algorithm.h" ] || gloo=off
distributed=on
cuda_flags=""
shim=""
say "LibTorch ${prefix:-system}; nccl.h ${nccl_h:-none}; libnccl ${nccl_lib:-none}; nvcc ${nvcc:-none}; gloo headers $gloo"

generator=(-G Ninja)
keep=(-k 0)
command -v ninja >/dev/null || { generator=(); keep=(-k); }

configure() {
  local flags="" libs=""
  [ $gloo = off ] && flags+=" -UUSE_C10D_GLOO"
  [ $distributed = off ] && flags+=" -UUSE_DISTRIBUTED"
  if [ $nccl = on ]; then
    [ "$(dirname "$nccl_h")" = /usr/include ] || flags+=" -isystem $(dirname "$nccl_h")"
    # Only linked when something of ours needs a symbol of it (inline NCCL calls in the c10d headers).
    [ -n "$nccl_lib" ] && libs="-Wl,--push-state,--as-needed -L$(dirname "$nccl_lib") -l:$(basename "$nccl_lib") -Wl,--pop-state -Wl,-rpath,$(dirname "$nccl_lib")"
  else
    flags+=" -UUSE_C10D_NCCL"
  fi
  [ -n "$cuda_inc" ] && [ -n "$torch_dir" ] && flags+=" -isystem $cuda_inc"
  say "configure: C++$std, NCCL $nccl, Gloo $gloo, torch.distributed $distributed"
  echo "=== configure: C++$std NCCL=$nccl Gloo=$gloo distributed=$distributed flags='$flags' ===" >>"$log"
  TORCH_CUDA_ARCH_LIST="${TORCH_CUDA_ARCH_LIST:-9.0}" cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DCROSSSEG_WITH_ITK=OFF -DCROSSSEG_WITH_GUI=OFF -DCROSSSEG_BUILD_TESTS=ON -DCMAKE_CXX_STANDARD=$std \
    "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_CXX_STANDARD_LIBRARIES=$libs" ${prefix:+"-DCMAKE_PREFIX_PATH=$prefix"} \
    ${nvcc:+"-DCMAKE_CUDA_COMPILER=$nvcc"} ${cuda_flags:+"-DCMAKE_CUDA_FLAGS=$cuda_flags"} \
    ${torch_dir:+-DUSE_SYSTEM_NVTX=ON} ${shim:+"-DCMAKE_PROJECT_INCLUDE=$shim"} >>"$log" 2>&1
}

# compile TARGETS...: ninja -k 0 on the targets, its output appended to the log and kept in $work/last-build.log.
compile() {
  echo "=== build $* ===" >>"$log"
  cmake --build "$build" -j"$(nproc)" --target "$@" -- "${keep[@]}" >"$work/last-build.log" 2>&1
  local rc=$?
  cat "$work/last-build.log" >>"$log"
  return $rc
}

errors() { # the compile and link errors of the last build, paths shortened
  grep -E "error:|error [A-Z]|undefined reference|cannot find -l|No such file|FAILED:" "$work/last-build.log" |
    sed -e "s#${torch_dir:-@@}/##g" -e "s#$root/##g" -e "s#${nvidia_dir:-@@}/#<nvidia>/#g" | cut -c1-400
}

# Chooses the next fallback from the last build's errors; returns 1 when none is left.
fallback() {
  local e
  e="$(errors)"
  local changed=1
  if [ $std = 17 ] && grep -qiE "c\+\+ ?20|std=c\+\+2|gnu\+\+2|requires.*20" <<<"$e"; then std=20; changed=0; fi
  if [ $nccl = on ] && grep -qiE "nccl|cusparse|cublas|cusolver|cuda_runtime|cuda\.h|CUDAStream|CUDAEvent" <<<"$e"; then
    nccl=off; changed=0
  fi
  if [ $gloo = on ] && grep -qiE "gloo" <<<"$e"; then gloo=off; changed=0; fi
  [ $changed = 0 ] && return 0
  # Another API break in the c10d code: give up its backends one by one, so the rest of the check still runs.
  if grep -q "ProcessGroupGradientSync" <<<"$e"; then
    if [ $nccl = on ]; then nccl=off; elif [ $gloo = on ]; then gloo=off; elif [ $distributed = on ]; then distributed=off; else return 1; fi
    return 0
  fi
  return 1
}

report() {
  errors | head -60 >"$out/build-errors.txt"
  say "FAILED; the first error lines ($(errors | wc -l) in all, full log in build.log):"
  sed 's/^/  /' "$out/build-errors.txt"
}

if ! configure; then
  say "configure failed ($(grep -m1 -A2 "CMake Error" "$log" | tr '\n' ' ' | cut -c1-200)); again with nvcc's -allow-unsupported-compiler and the NVTX shim"
  cuda_flags="-allow-unsupported-compiler"
  shim="$root/scripts/gpu-check.d/nvtx-shim.cmake"
  rm -rf "$build"
  configure || { grep -A3 "CMake Error" "$log" | head -40 >"$out/build-errors.txt"; say "configure failed:"; tail -30 "$log"; exit 1; }
fi

probe=(core/CMakeFiles/crossseg_engine.dir/distributed/ProcessGroupGradientSync.cpp.o
       core/CMakeFiles/crossseg_engine.dir/learn/AutocastScope.cpp.o)
[ ${#generator[@]} -gt 0 ] || probe=() # object targets are Ninja's; without it everything builds at once
for attempt in 1 2 3 4; do
  [ ${#probe[@]} -gt 0 ] || break
  if compile "${probe[@]}"; then say "probe compiled (PCH, c10d, autocast)"; break; fi
  say "probe failed: $(errors | head -3 | tr '\n' ' ' | cut -c1-300)"
  fallback || { say "no fallback for these errors: building everything to show them all"; break; }
  configure || { say "reconfigure failed"; tail -20 "$log"; exit 1; }
done

if compile crossseg test_engine_cuda; then
  say "built crossseg and test_engine_cuda"
  exit 0
fi
# One more pass when the whole build showed errors that a fallback answers and time allows.
if [ $(($(date +%s) - start)) -lt 300 ] && fallback; then
  report
  say "retrying with a fallback"
  configure && compile crossseg test_engine_cuda && { say "built crossseg and test_engine_cuda (fallback)"; exit 0; }
fi
report
[ -x "$build/app/cli/crossseg" ] && say "crossseg built; test_engine_cuda did not"
[ -x "$build/tests/engine_cuda/test_engine_cuda" ] && say "test_engine_cuda built; crossseg did not"
exit 1
