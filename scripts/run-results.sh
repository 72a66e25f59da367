#!/usr/bin/env bash
# The long scientific runs behind docs/RESULTS.md (a benchmark, not a test: hours on a 2-core CPU).
# Restartable: a configuration whose evaluation JSON exists is skipped; an interrupted training resumes.
# Usage: scripts/run-results.sh [DATASET] [OUT]      (default: ../shared/data/abdomen-ct-mr, out/results)
# Environment: CROSSSEG_RESULTS_PROFILE (default cpu-quick), CROSSSEG_RESULTS_ITERATIONS (train --iterations, for
# the longer-schedule check), CROSSSEG_RESULTS_ONLY (space-separated run names, e.g. "mkd-iam-k4-s0").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${CROSSSEG_CLI:-$root/build/app/cli/crossseg}"
dataset="${1:-$root/../shared/data/abdomen-ct-mr/dataset.json}"
out="${2:-$root/out/results}"
profile="${CROSSSEG_RESULTS_PROFILE:-cpu-quick}"
iterations=()
[ -n "${CROSSSEG_RESULTS_ITERATIONS:-}" ] && iterations=(--iterations "$CROSSSEG_RESULTS_ITERATIONS")
mkdir -p "$out/runs" "$out/eval" "$out/logs"

# Priority order: the comparison the paper makes first (K = 1 and 4, seed 0), then the other baselines, then seeds.
configs=(
  "target-only 1 0" "mkd-iam 1 0" "target-only 4 0" "mkd-iam 4 0"
  "assistant-only 4 0" "mkd 1 0" "joint 1 0" "mkd 4 0" "joint 4 0"
  "target-only 1 1" "mkd-iam 1 1" "target-only 4 1" "mkd-iam 4 1"
  "target-only 1 2" "mkd-iam 1 2" "target-only 4 2" "mkd-iam 4 2"
)
for c in "${configs[@]}"; do
  read -r method k seed <<<"$c"
  name="$method-k$k-s$seed"
  if [ -n "${CROSSSEG_RESULTS_ONLY:-}" ] && [[ " $CROSSSEG_RESULTS_ONLY " != *" $name "* ]]; then continue; fi
  [ -f "$out/eval/$name.json" ] && { echo "results: $name done"; continue; }
  run="$out/runs/$name"
  resume=()
  [ -f "$run/checkpoints/latest.pt" ] && resume=(--resume)
  echo "results: $(date -u +%H:%M) training $name"
  start=$(date +%s)
  "$cli" train --dataset "$dataset" --method "$method" --labeled-target "$k" --profile "$profile" --seed "$seed" \
        --out "$run" "${resume[@]}" "${iterations[@]}" >"$out/logs/$name.train.log" 2>&1
  mid=$(date +%s)
  "$cli" evaluate --run "$run" --dataset "$dataset" --split ct_test --json "$out/eval/$name.json" \
        >"$out/logs/$name.eval.log" 2>&1
  end=$(date +%s)
  echo "$name train_s=$((mid - start)) eval_s=$((end - mid))" >>"$out/timings.txt"
  echo "results: $name trained in $((mid - start)) s, evaluated in $((end - mid)) s"
done
