#!/usr/bin/env bash
# The long scientific runs behind docs/RESULTS.md (a benchmark, not a test: hours on a 2-core CPU), following
# issue 9's protocol: K in {1, 4}; target-only and mkd-iam with 5 paired seeds; joint, mkd and the other IAM mode
# with 3. Paired: for a seed every method uses the same labelled, validation and unlabelled cases (CaseSelection).
# Restartable: a configuration whose evaluation JSON exists is skipped; an interrupted training resumes.
# The grid outlives a session: OUT defaults to docs/results/grid, where git keeps what the results are made of (each
# evaluation, each run's config.json and metrics.jsonl, timings.txt, machine.txt) and ignores the rest
# (checkpoints, logs; docs/results/grid/.gitignore). Commit after each finished run (scripts/stage-results.sh stages
# the finished ones and leaves a run in progress out); a later session on a fresh machine then skips it. A run folder left without a checkpoint or an evaluation (a session ended before its first
# checkpoint) is moved to OUT/abandoned/ and the run starts again.
# After every finished run docs/results/summary.json is updated (scripts/summarize-results.py); the tables are
# written with scripts/results-tables.py.
# Usage: scripts/run-results.sh [DATASET] [OUT]   (default: ../shared/data/abdomen-ct-mr, docs/results/grid)
# Environment:
#   CROSSSEG_RESULTS_PROFILE     the converged-budget profile (name or override JSON; default cpu-converged)
#   CROSSSEG_RESULTS_ITERATIONS  train --iterations
#   CROSSSEG_RESULTS_ONLY        space-separated run names, e.g. "mkd-iam-k4-s0 mkd-iam-end-to-end-k4-s0"
#   CROSSSEG_RESULTS_SEEDS       seeds of the main comparison (default "0 1 2 3 4"); others use the first three
#   CROSSSEG_RESULTS_BEST_IAM    the variant used for mkd-iam's 5 seeds: "" (the profile as given) or a variant
#   CROSSSEG_RESULTS_DEVICE      train and evaluate on this device (cpu, cuda, cuda:N; default cpu). A GPU runs a
#                                cpu-converged mkd-iam segmentation stage in under 2 minutes (H200: 33 ms per iteration,
#                                docs/BENCHMARKS.md, "GPU");
#                                results differ from the CPU's by rounding, so keep one grid on one machine.
#   CROSSSEG_RESULTS_ENGINE_COMMIT  the commit the binary was built from, for binaries older than `crossseg --version`
#                                naming it (newer ones record it in each run's config.json as engine_commit)
#   CROSSSEG_RESULTS_SUMMARY     the summary the runs are collected into (default docs/results/summary.json)
#   CROSSSEG_RESULTS_POSTPROCESS also evaluate with `evaluate --postprocess VALUE` (e.g. largest-component) into
#                                eval/NAME.VALUE.json
# A variant V is a profile override file docs/results/profiles/V.json (e.g. end-to-end.json:
# {"base": "cpu-converged", "iam_mode": "end-to-end"}); its runs are named METHOD-V-kK-sS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${CROSSSEG_CLI:-$root/build/app/cli/crossseg}"
dataset="${1:-$root/../shared/data/abdomen-ct-mr/dataset.json}"
out="${2:-$root/docs/results/grid}"
profile="${CROSSSEG_RESULTS_PROFILE:-cpu-converged}"
summary="${CROSSSEG_RESULTS_SUMMARY:-$root/docs/results/summary.json}"
iterations=()
[ -n "${CROSSSEG_RESULTS_ITERATIONS:-}" ] && iterations=(--iterations "$CROSSSEG_RESULTS_ITERATIONS")
read -r -a seeds <<<"${CROSSSEG_RESULTS_SEEDS:-0 1 2 3 4}"
device=(--device "${CROSSSEG_RESULTS_DEVICE:-cpu}")
best_iam="${CROSSSEG_RESULTS_BEST_IAM:-}"
other_iam="end-to-end"
[ "$best_iam" = "end-to-end" ] && other_iam="staged"
mkdir -p "$out/runs" "$out/eval" "$out/logs"
# Numbers move across machines (docs/LEARNING.md, "Reproducibility"): every record names the machine it ran on, and a
# grid continued on another kind of machine says so instead of mixing the two silently.
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"  # absent on some ARM kernels
machine="${cpu:-unknown CPU}, $(nproc) cores, $(uname -m)"
[ "${CROSSSEG_RESULTS_DEVICE:-cpu}" = cpu ] || machine="$machine, ${CROSSSEG_RESULTS_DEVICE}"
[ -f "$out/machine.txt" ] || echo "$machine" >"$out/machine.txt"
if [ "$(cat "$out/machine.txt")" != "$machine" ]; then
  echo "results: $out was started on '$(cat "$out/machine.txt")', this is '$machine'; use another OUT" >&2
  exit 1
fi

# Priority order: the paired main comparison seed by seed, then the baselines with 3 seeds.
configs=()
for seed in "${seeds[@]}"; do
  for k in 1 4; do configs+=("target-only $k $seed" "mkd-iam $k $seed $best_iam"); done
done
for seed in "${seeds[@]:0:3}"; do
  for k in 1 4; do configs+=("joint $k $seed" "mkd $k $seed" "mkd-iam $k $seed $other_iam"); done
done
configs+=("assistant-only 4 0")
# Ablation of issue 9 item 3 (one or two seeds, as the protocol allows): mkd-iam with the IAM as it was before its data
# fixes joined cpu-converged.
for seed in "${seeds[@]:0:2}"; do configs+=("mkd-iam 4 $seed iam-before-fixes"); done
# ... and which part of that package carries the gain: the 800 IAM iterations without the data fixes, and the data
# fixes with the old 400 iterations (one seed).
configs+=("mkd-iam 4 0 iam-iterations-only" "mkd-iam 4 0 iam-data-fixes-only")
# Item 5: the unlabelled CT stream drawn from the abdominal range (no labels used), one seed.
configs+=("mkd-iam 4 0 unlabeled-range")
# Joint with the last two seeds, so that every mkd-iam seed has a joint partner (at K = 1 the two are level over the
# protocol's three seeds): beyond the protocol's minimum, run last.
for seed in "${seeds[@]:3}"; do
  for k in 1 4; do configs+=("joint $k $seed"); done
done

for c in "${configs[@]}"; do
  read -r method k seed variant <<<"$c"
  variant="${variant:-}"
  name="$method${variant:+-$variant}-k$k-s$seed"
  if [ -n "${CROSSSEG_RESULTS_ONLY:-}" ] && [[ " $CROSSSEG_RESULTS_ONLY " != *" $name "* ]]; then continue; fi
  run_profile="$profile"
  if [ -n "$variant" ]; then
    run_profile="$root/docs/results/profiles/$variant.json"
    [ -f "$run_profile" ] || { echo "results: $name skipped: no $run_profile" >&2; continue; }
  fi
  run="$out/runs/$name"
  if [ ! -f "$out/eval/$name.json" ]; then
    resume=()
    [ -f "$run/checkpoints/latest.pt" ] && resume=(--resume)
    if [ -d "$run" ] && [ ${#resume[@]} -eq 0 ]; then
      mkdir -p "$out/abandoned"
      mv "$run" "$out/abandoned/$name.$(date -u +%Y%m%dT%H%M%S)"
      echo "results: $name had no checkpoint to resume from (moved to $out/abandoned/); training it again"
    fi
    echo "results: $(date -u +%H:%M) training $name"
    start=$(date +%s)
    "$cli" train --dataset "$dataset" --method "$method" --labeled-target "$k" --profile "$run_profile" \
          --seed "$seed" --out "$run" "${device[@]}" "${resume[@]}" "${iterations[@]}" >"$out/logs/$name.train.log" 2>&1
    mid=$(date +%s)
    "$cli" evaluate --run "$run" --dataset "$dataset" --split ct_test "${device[@]}" --json "$out/eval/$name.json" \
          >"$out/logs/$name.eval.log" 2>&1
    end=$(date +%s)
    # A resumed run's train_s covers only the part after the resume: say so, so that it is not read as the run's cost.
    resumed=""
    [ ${#resume[@]} -gt 0 ] && resumed=" resumed=1"
    echo "$name train_s=$((mid - start)) eval_s=$((end - mid))$resumed${CROSSSEG_RESULTS_ENGINE_COMMIT:+ engine=$CROSSSEG_RESULTS_ENGINE_COMMIT}" >>"$out/timings.txt"
    echo "results: $name trained in $((mid - start)) s, evaluated in $((end - mid)) s"
    changed=1
  else
    echo "results: $name done"
    changed=0
  fi
  post="${CROSSSEG_RESULTS_POSTPROCESS:-}"
  if [ -n "$post" ] && [ ! -f "$out/eval/$name.$post.json" ]; then
    "$cli" evaluate --run "$run" --dataset "$dataset" --split ct_test "${device[@]}" --postprocess "$post" \
          --json "$out/eval/$name.$post.json" >"$out/logs/$name.eval.$post.log" 2>&1
    changed=1
  fi
  # Summarised once per run, after both of its evaluations, so a session that ends between runs leaves a complete
  # summary.
  [ "$changed" -eq 0 ] || python3 "$root/scripts/summarize-results.py" "$out" --summary "$summary"
done
python3 "$root/scripts/summarize-results.py" "$out" --summary "$summary"
echo "results: tables: python3 scripts/results-tables.py $summary"
