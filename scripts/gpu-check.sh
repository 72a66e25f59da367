#!/usr/bin/env bash
# The GPU check: what a session with a lent GPU machine runs there, in one go (see docs/BENCHMARKS.md, "GPU").
#
# Here, once (needs the full build in build/):   scripts/gpu-check.sh prepare
#   writes the header-only dependencies into third_party/include and a smoke-size slice cache of the demo phantom
#   into out/gpu-check/cache (both git-ignored: name them in the device call's carry list).
# There:                                         scripts/gpu-check.sh run
#   builds the learning engine alone (no ITK, no Qt: GPU servers have LibTorch only) against the PyTorch LibTorch
#   of that machine, then on the GPU: a mkd-iam smoke training (loss finite, run finished, device recorded),
#   and `bench train` (U-Net step, mkd-iam iteration, IAM step) for cpu-quick and paper on the GPU, cpu-quick on
#   the CPU cores beside it; then the CUDA speed options (cuDNN benchmark, bf16 AMP, channels-last, pixel-shuffle
#   up-sampling), `bench predict`, and any scripts/gpu-check.d/*.sh (e.g. the distributed NCCL smoke).
#   Prints a table; JSON and logs go to $OUT (or out/gpu-check/results).
# Environment: DEVICE (default cuda; "cpu" rehearses the script on a machine without a GPU), BUILD_DIR (default
# build-gpu), TORCH_PREFIX (default: PyTorch's cmake prefix when python3 has torch, else the system LibTorch).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode="${1:-run}"
device="${DEVICE:-cuda}"
cache="$root/out/gpu-check/cache"

if [ "$mode" = prepare ]; then
  [ -d third_party/include/nlohmann ] || scripts/fetch-header-deps.sh
  cli="$root/build/app/cli/crossseg"
  rm -rf out/gpu-check/demo out/gpu-check/caches "$cache"
  "$cli" -q demo-data --out out/gpu-check/demo --cases 3 --test-cases 1
  prepared="$("$cli" -q preprocess --dataset out/gpu-check/demo --size 32 --cache-dir out/gpu-check/caches | tail -1)"
  mv "$prepared" "$cache"
  rm -rf out/gpu-check/demo out/gpu-check/caches
  echo "gpu-check: carry third_party and out/gpu-check ($(du -sh out/gpu-check | cut -f1))"
  exit 0
fi
[ "$mode" = run ] || { echo "usage: scripts/gpu-check.sh prepare|run" >&2; exit 2; }
[ -f "$cache/cache.json" ] || { echo "gpu-check: no slice cache in $cache (run 'scripts/gpu-check.sh prepare' first)" >&2; exit 1; }

out="${OUT:-$root/out/gpu-check/results}"
mkdir -p "$out"
build="${BUILD_DIR:-build-gpu}"
prefix="${TORCH_PREFIX:-$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
start=$(date +%s)
cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DCROSSSEG_WITH_ITK=OFF -DCROSSSEG_WITH_GUI=OFF \
      -DCROSSSEG_BUILD_TESTS=OFF ${prefix:+-DCMAKE_PREFIX_PATH="$prefix"} >"$out/configure.log" 2>&1 ||
  { tail -30 "$out/configure.log"; exit 1; }
cmake --build "$build" -j"$(nproc)" --target crossseg >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; exit 1; }
cli="$root/$build/app/cli/crossseg"
echo "gpu-check: engine built in $(( $(date +%s) - start )) s"
"$cli" info | tee "$out/info.txt"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee "$out/gpu.txt"

# A short mkd-iam training on the device: every stage runs there and the run says where it ran.
run="$out/run-mkd-iam"
rm -rf "$run"
"$cli" train --dataset "$cache" --method mkd-iam --labeled-target 1 --profile smoke --seed 0 --device "$device" \
      --out "$run" --iam-cache "$out/iam" >"$out/train.log" 2>&1 || { tail -20 "$out/train.log"; exit 1; }
python3 - "$run" "$device" <<'EOF'
import json, sys
run, device = sys.argv[1], sys.argv[2]
status = json.load(open(f"{run}/status.json"))
config = json.load(open(f"{run}/config.json"))
assert status["state"] == "finished", status
used = config["device_used"]
assert used.startswith(device.split(":")[0]), f"asked for {device}, ran on {used}"
print(f"gpu-check: mkd-iam smoke run finished on {used} at iteration {status['iteration']}")
EOF

# Speed: the same measurement on the GPU and on this machine's CPU cores, then the CUDA levers of issue 10 one by
# one (each an option whose default is today's fp32 path): cuDNN's autotuner, bf16 autocast (AMP), channels-last and
# the pixel-shuffle up-sampling, and all of them together. Names: bench-<profile>-<device>[-<variant>].json.
for profile in cpu-quick paper; do
  devices=("$device")
  [ "$device" = cpu ] || devices+=(cpu)
  for d in "${devices[@]}"; do
    [ "$d" = cpu ] && [ "$profile" = paper ] && continue # minutes per step on a CPU: not worth the lease
    "$cli" -q bench train --profile "$profile" --device "$d" --steps 10 --warmup 3 --json "$out/bench-$profile-${d//:/_}.json"
  done
done
if [ "$device" != cpu ]; then
  variants=(
    "cudnn:--cudnn-benchmark"
    "amp:--precision bf16"
    "nhwc:--channels-last"
    "shuffle:--upsampling pixel-shuffle"
    "all:--cudnn-benchmark --precision bf16 --channels-last --upsampling pixel-shuffle"
  )
  for profile in cpu-quick paper; do
    for v in "${variants[@]}"; do
      # shellcheck disable=SC2086 # the variant's options are meant to split
      "$cli" -q bench train --profile "$profile" --device "$device" --steps 10 --warmup 5 ${v#*:} \
        --json "$out/bench-$profile-${device//:/_}-${v%%:*}.json" >"$out/bench-$profile-${v%%:*}.log" 2>&1 ||
        { echo "gpu-check: bench train ${v#*:} failed on $device:"; tail -5 "$out/bench-$profile-${v%%:*}.log"; }
    done
  done
fi
"$cli" -q bench predict --device "$device" --json "$out/predict-${device//:/_}.json" >"$out/predict.log" 2>&1 ||
  { echo "gpu-check: bench predict failed:"; tail -5 "$out/predict.log"; }

# Room for other checks: every executable scripts/gpu-check.d/*.sh runs here with CLI (the engine-only crossseg),
# OUT (this folder), DEVICE and ROOT in its environment, e.g. the distributed room's NCCL smoke
# (scripts/gpu-check.d/nccl.sh). A failing one is reported and does not stop the others.
for extra in "$root"/scripts/gpu-check.d/*.sh; do
  [ -x "$extra" ] || continue
  name=$(basename "$extra" .sh)
  if CLI="$cli" OUT="$out" DEVICE="$device" ROOT="$root" "$extra" >"$out/extra-$name.log" 2>&1; then
    echo "gpu-check: $name passed"
  else
    echo "gpu-check: $name FAILED"; tail -10 "$out/extra-$name.log"
  fi
done

python3 - "$out" <<'EOF'
import glob, json, os, sys
rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "bench-*.json"))):
    b = json.load(open(path))
    name = os.path.basename(path)[6:-5]
    for key in ("unet_step", "mkd_iam_iteration", "iam_step"):
        m = b.get(key, {})
        rows.append((name, key, m.get("median_step_ms"), m.get("images_per_second"), m.get("achieved_gflops")))
print(f"{'profile-device':<22} {'measurement':<20} {'median ms':>10} {'images/s':>10} {'GFLOP/s':>10}")
for name, key, ms, ips, gf in rows:
    fmt = lambda v, d: "-" if v is None else f"{v:.{d}f}"
    print(f"{name:<22} {key:<20} {fmt(ms, 1):>10} {fmt(ips, 1):>10} {fmt(gf, 1):>10}")
EOF
echo "gpu-check: done in $(( $(date +%s) - start )) s; files in $out"
