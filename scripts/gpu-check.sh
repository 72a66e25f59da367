#!/usr/bin/env bash
# The GPU check: what a session with a lent GPU machine runs there, in one go (see docs/BENCHMARKS.md, "GPU").
#
# Here, once (needs the full build in build/):   scripts/gpu-check.sh prepare
#   writes the header-only dependencies into third_party/include and a smoke-size slice cache of the demo phantom
#   into out/gpu-check/cache (both git-ignored: name them in the device call's carry list).
# There:                                         scripts/gpu-check.sh run
#   builds the learning engine alone (no ITK, no Qt: GPU servers have LibTorch only) against the PyTorch LibTorch
#   of that machine (scripts/gpu-check.d/build.sh: every compile error at once, C++20 / no-NCCL / no-Gloo
#   fallbacks), then, most valuable first, each stage bounded in time:
#     1. the engine_cuda suite (CUDA against the CPU)       2. a mkd-iam smoke training on the GPU
#     3. bench train cpu-quick, GPU and the CPU cores        4. the CUDA levers on cpu-quick (cuDNN benchmark, bf16,
#     5. bench predict, GPU and CPU                             NCHW, transposed up-sampling, cudnn+bf16)
#     6. scripts/gpu-check.d/*.sh (the NCCL smoke)           7. the paper profile and its levers
#   Every result reaches $OUT as soon as it exists, so a run cut short still returns what it measured, in at most
#   8 files: summary.txt (stage lines and the table), results.json (every bench JSON), engine_cuda.log, gpu.txt,
#   build.log, build-errors.txt (when the build fails), logs.tar.gz (everything else).
# Environment: DEVICE (default cuda; "cpu" rehearses the script on a machine without a GPU), BUILD_DIR (default
# build-gpu), TORCH_PREFIX (default: PyTorch's cmake prefix when python3 has torch, else the system LibTorch),
# GPU_CHECK_BUDGET_S (default 400: later stages are cut short at it, or skipped).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode="${1:-run}"
device="${DEVICE:-cuda}"
cache="$root/out/gpu-check/cache"

if [ "$mode" = prepare ]; then
  set -e
  [ -d third_party/include/nlohmann ] || scripts/fetch-header-deps.sh
  cli="$root/build/app/cli/crossseg"
  rm -rf out/gpu-check/demo out/gpu-check/caches out/gpu-check/results out/gpu-check/work "$cache"
  "$cli" -q demo-data --out out/gpu-check/demo --cases 3 --test-cases 1
  prepared="$("$cli" -q preprocess --dataset out/gpu-check/demo --size 32 --cache-dir out/gpu-check/caches | tail -1)"
  mv "$prepared" "$cache"
  rm -rf out/gpu-check/demo out/gpu-check/caches
  echo "gpu-check: carry third_party and out/gpu-check ($(du -sh out/gpu-check | cut -f1))"
  exit 0
fi
[ "$mode" = run ] || { echo "usage: scripts/gpu-check.sh prepare|run" >&2; exit 2; }
[ -f "$cache/cache.json" ] || { echo "gpu-check: no slice cache in $cache (run 'scripts/gpu-check.sh prepare' first)" >&2; exit 1; }

out="${OUT:-$root/out/gpu-check/results}"    # what comes back (at most 8 files)
work="$root/out/gpu-check/work"              # everything else, tarred into $out/logs.tar.gz after each stage
rm -rf "$work"
mkdir -p "$out" "$work"
summary="$out/summary.txt"
: >"$summary"
start=$(date +%s)
deadline=$((start + ${GPU_CHECK_BUDGET_S:-400}))
failures=0

note() { echo "gpu-check [$(($(date +%s) - start)) s] $*" | tee -a "$summary"; }
left() { echo $((deadline - $(date +%s))); }
publish() { # the logs so far, atomically (a run killed mid-tar leaves the previous archive)
  tar -czf "$out/logs.tar.gz.part" --exclude='*.pt' -C "$work" . 2>/dev/null && mv "$out/logs.tar.gz.part" "$out/logs.tar.gz"
  python3 "$root/scripts/gpu-check.d/table.py" "$work" --json "$out/results.json" >/dev/null 2>&1 || true
}
# stage NAME SECONDS COMMAND...: runs COMMAND bounded by SECONDS, log in $work/NAME.log; says PASS/FAIL/TIMEOUT.
stage() {
  local name="$1" limit="$2" t0 rc
  shift 2
  t0=$(date +%s)
  # bash -c: COMMAND may be one of the functions below (exported).
  timeout --kill-after=10 "$limit" bash -c '"$@"' "$name" "$@" >"$work/$name.log" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then
    note "PASS $name ($(($(date +%s) - t0)) s)"
  else
    failures=$((failures + 1))
    [ $rc -eq 124 ] && note "TIMEOUT $name after ${limit} s" || note "FAIL $name (exit $rc, $(($(date +%s) - t0)) s)"
    tail -8 "$work/$name.log" | sed 's/^/    /' | tee -a "$summary"
  fi
  publish
  return $rc
}
# optional NAME SECONDS COMMAND...: a stage that gets what is left of the budget at most, and is skipped when
# nothing is left.
optional() {
  local name="$1" limit="$2"
  shift 2
  if [ "$(left)" -le 10 ]; then note "SKIP $name (the budget is spent)"; return 0; fi
  [ "$limit" -le "$(($(left) + 20))" ] || limit=$(($(left) + 20))
  stage "$name" "$limit" "$@" || true
}

# The machine.
{
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  python3 -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "cudnn", torch.backends.cudnn.version())' 2>/dev/null
  echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
} >"$out/gpu.txt" 2>&1
sed 's/^/  /' "$out/gpu.txt" | tee -a "$summary"

# Build: scripts/gpu-check.d/build.sh configures and builds crossseg and test_engine_cuda, with fallbacks.
build="${BUILD_DIR:-build-gpu}"
BUILD_DIR="$build" WORK="$work" OUT="$out" "$root/scripts/gpu-check.d/build.sh" 2>&1 | tee "$work/build-steps.log" | tee -a "$summary"
cp "$work/build.log" "$out/build.log" 2>/dev/null
cli="$root/$build/app/cli/crossseg"
tests="$root/$build/tests/engine_cuda/test_engine_cuda"
publish
[ -x "$cli" ] || [ -x "$tests" ] || { note "nothing was built: see build-errors.txt and build.log"; exit 1; }

# 1. The CUDA tests (ctest: exit 77 = skipped).
if [ -x "$tests" ]; then
  stage engine_cuda 180 ctest --test-dir "$build" -R '^engine_cuda$' -V # -V shows every case (once)
  cp "$work/engine_cuda.log" "$out/engine_cuda.log"
  grep -E '(PASS|FAIL) |skipped|cases passed|labels agree|max \|cuda' "$work/engine_cuda.log" | sed 's/^[0-9]*: //' |
    sed 's/^/    /' | tee -a "$summary"
else
  note "FAIL engine_cuda: test_engine_cuda did not build"
fi
[ -x "$cli" ] || { note "crossseg did not build: nothing else can run"; exit 1; }
"$cli" info >"$work/info.txt" 2>&1

# 2. A short mkd-iam training on the device: every stage runs there and the run says where it ran.
export cli work device cache
smoke() {
  "$cli" train --dataset "$cache" --method mkd-iam --labeled-target 1 --profile smoke --seed 0 --device "$device" \
    --out "$work/run-mkd-iam" --iam-cache "$work/iam" &&
    python3 -c 'import json, sys
run, device = sys.argv[1], sys.argv[2]
status, config = json.load(open(run + "/status.json")), json.load(open(run + "/config.json"))
assert status["state"] == "finished", status
assert config["device_used"].startswith(device.split(":")[0]), "asked for %s, ran on %s" % (device, config["device_used"])
print("mkd-iam smoke run finished on %s at iteration %s" % (config["device_used"], status["iteration"]))' \
      "$work/run-mkd-iam" "$device"
}
export -f smoke
stage smoke-train 120 smoke && tail -1 "$work/smoke-train.log" | sed 's/^/    /' | tee -a "$summary"

# 3-7. Speed. bench-<profile>-<device>[-<variant>].json; the baseline is each profile's defaults (fp32, channels-last,
# pixel-shuffle up-sampling, no cuDNN autotuner); each variant changes one thing (best: cuDNN benchmark + bf16).
bench() { # bench NAME PROFILE DEVICE STEPS WARMUP [options...]
  local name="$1" profile="$2" dev="$3" steps="$4" warmup="$5"
  shift 5
  "$cli" bench train --profile "$profile" --device "$dev" --steps "$steps" --warmup "$warmup" "$@" \
    --json "$work/bench-$name.json"
}
export -f bench
variants=("cudnn:--cudnn-benchmark" "bf16:--precision bf16" "nchw:--channels-last=false"
          "transposed:--upsampling transposed" "best:--cudnn-benchmark --precision bf16")
levers() { # levers PROFILE SECONDS-EACH
  for v in "${variants[@]}"; do
    # shellcheck disable=SC2086 # the variant's options are meant to split
    optional "bench-$1-$device-${v%%:*}" "$2" bench "$1-$device-${v%%:*}" "$1" "$device" 20 5 ${v#*:}
  done
}
optional "bench-cpu-quick-$device" 90 bench "cpu-quick-$device" cpu-quick "$device" 20 5
if [ "$device" != cpu ]; then
  optional bench-cpu-quick-cpu 120 bench cpu-quick-cpu cpu-quick cpu 5 2
  levers cpu-quick 60
fi
predict() { "$cli" bench predict --device "$1" --repeat 2 --json "$work/predict-$1.json"; }
export -f predict
optional "predict-$device" 90 predict "$device"
[ "$device" = cpu ] || optional predict-cpu 90 predict cpu

# Other checks: every executable scripts/gpu-check.d/*.sh except build.sh, with CLI, OUT (here: the work folder),
# DEVICE and ROOT in its environment (the distributed room's NCCL smoke, nccl.sh).
for extra in "$root"/scripts/gpu-check.d/*.sh; do
  name=$(basename "$extra" .sh)
  [ -x "$extra" ] && [ "$name" != build ] || continue
  optional "extra-$name" 120 env CLI="$cli" OUT="$work" DEVICE="$device" ROOT="$root" "$extra" &&
    grep -E "^$name:" "$work/extra-$name.log" | sed 's/^/    /' | tee -a "$summary"
done

if [ "$device" != cpu ]; then
  optional "bench-paper-$device" 120 bench "paper-$device" paper "$device" 20 5
  levers paper 90
  optional bench-paper-cpu-unet 120 bench paper-cpu-unet paper cpu 3 1 --measure unet_step
fi

publish
python3 "$root/scripts/gpu-check.d/table.py" "$work" --json "$out/results.json" | tee -a "$summary"
note "done, $failures stage(s) failed; files in $out"
[ $failures -eq 0 ]
