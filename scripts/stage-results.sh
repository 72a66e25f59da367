#!/usr/bin/env bash
# Stages for commit what the results grid (scripts/run-results.sh) has finished, and nothing in progress: every
# evaluation in OUT/eval, the config.json and metrics.jsonl of the runs those evaluations belong to, timings.txt,
# machine.txt and the summary. A run still training has no evaluation yet, so its folder stays out of the commit
# (a later session would otherwise find a half-run's files and skip nothing, but git would hold a curve that ends
# mid-way). Prints what it staged; commit with your own message.
# Usage: scripts/stage-results.sh [OUT] [SUMMARY]   (defaults: docs/results/grid, docs/results/summary.json)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(cd "${1:-$root/docs/results/grid}" && pwd)"
summary="${2:-$root/docs/results/summary.json}"
paths=()
for evaluation in "$out"/eval/*.json; do
  [ -e "$evaluation" ] || continue
  paths+=("$evaluation")
  name="$(basename "$evaluation" .json)"
  name="${name%%.*}"  # NAME.POSTPROCESSING.json belongs to run NAME
  for f in config.json metrics.jsonl; do
    [ -f "$out/runs/$name/$f" ] && paths+=("$out/runs/$name/$f")
  done
done
for f in "$out/timings.txt" "$out/machine.txt" "$summary"; do
  [ -f "$f" ] && paths+=("$f")
done
[ ${#paths[@]} -gt 0 ] || { echo "stage-results: nothing finished in $out" >&2; exit 1; }
git -C "$root" add -- "${paths[@]}"
git -C "$root" diff --cached --name-status -- "$out" "$summary"
