#!/usr/bin/env bash
# Issue 12's guard: the refactoring of the engine must not change a single number. Runs the same fixed-seed smoke
# trainings (and predictions) with two crossseg binaries and compares them byte for byte:
#   - metrics.jsonl, line by line, without the timing field (seconds_per_iteration);
#   - the tensors of checkpoints/latest.pt and best.pt (every storage in the archive: weights, optimiser states,
#     the generator state; the archive's configuration text holds paths and is left out);
#   - the predicted label volumes of one test case, for every model of the run (decompressed voxels + header).
#
#   scripts/check-smoke-identical.sh BASELINE_BIN NEW_BIN [DATASET] [WORK_DIR]
#   (DATASET: default /work/baseline/demo-data; METHODS="mkd-iam target-only" by default)
# Each binary gets its own XDG cache and data folders, so neither reuses the other's slice cache or trained IAM.
# Exit status 0 when everything is identical, 1 when something differs (named), 2 for bad arguments.
set -euo pipefail

BASELINE=${1:-}
CANDIDATE=${2:-}
DATASET=${3:-/work/baseline/demo-data}
WORK=${4:-$(mktemp -d /tmp/crossseg-smoke-identical.XXXXXX)}
METHODS=${METHODS:-"mkd-iam target-only"}
if [[ ! -x "$BASELINE" || ! -x "$CANDIDATE" || ! -d "$DATASET" ]]; then
    echo "usage: $0 BASELINE_BIN NEW_BIN [DATASET] [WORK_DIR]" >&2
    exit 2
fi
TEST_IMAGE=$(ls "$DATASET"/ct_test_*_image.nii.gz 2>/dev/null | head -n 1)
if [[ -z "$TEST_IMAGE" ]]; then
    echo "$DATASET: no ct_test_*_image.nii.gz to predict" >&2
    exit 2
fi

# Copies, so that a rebuild in the shared build folder cannot swap a binary in the middle of the comparison.
mkdir -p "$WORK/bin"
cp "$BASELINE" "$WORK/bin/crossseg-baseline"
cp "$CANDIDATE" "$WORK/bin/crossseg-candidate"
BASELINE="$WORK/bin/crossseg-baseline"
CANDIDATE="$WORK/bin/crossseg-candidate"

models_of() { if [[ $1 == mkd* ]]; then echo "ensemble real syn"; else echo "single"; fi; }

run_side() { # run_side BIN SIDE
    local bin=$1 side=$2
    mkdir -p "$WORK/$side"
    for method in $METHODS; do
        echo "[$side] train $method" >&2
        XDG_CACHE_HOME="$WORK/$side/xdg-cache" XDG_DATA_HOME="$WORK/$side/xdg-data" \
            "$bin" --quiet train --dataset "$DATASET" --method "$method" --labeled-target 1 --profile smoke \
            --seed 0 --out "$WORK/$side/run-$method"
        for model in $(models_of "$method"); do
            XDG_CACHE_HOME="$WORK/$side/xdg-cache" XDG_DATA_HOME="$WORK/$side/xdg-data" \
                "$bin" --quiet predict --run "$WORK/$side/run-$method" --input "$TEST_IMAGE" --model "$model" \
                --out "$WORK/$side/prediction-$method-$model.nii.gz"
        done
    done
}

run_side "$BASELINE" baseline
run_side "$CANDIDATE" candidate

python3 - "$WORK" "$METHODS" <<'PY'
import gzip, json, sys, zipfile
work, methods = sys.argv[1], sys.argv[2].split()
TIMING = {"seconds_per_iteration"}
problems, checked = [], 0

def metrics(path):
    out = []
    for line in open(path):
        if line.strip():
            record = json.loads(line)
            for key in TIMING:
                record.pop(key, None)
            out.append(json.dumps(record, sort_keys=True))
    return out

def storages(path):
    with zipfile.ZipFile(path) as archive:
        return {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist() if "/data/" in name}

for method in methods:
    a, b = f"{work}/baseline/run-{method}", f"{work}/candidate/run-{method}"
    ma, mb = metrics(f"{a}/metrics.jsonl"), metrics(f"{b}/metrics.jsonl")
    checked += 1
    if ma != mb:
        first = next((i for i, (x, y) in enumerate(zip(ma, mb)) if x != y), min(len(ma), len(mb)))
        problems.append(f"{method}: metrics.jsonl differs from line {first + 1} ({len(ma)} vs {len(mb)} lines)")
    for checkpoint in ("latest", "best"):
        sa, sb = storages(f"{a}/checkpoints/{checkpoint}.pt"), storages(f"{b}/checkpoints/{checkpoint}.pt")
        checked += 1
        if not sa:
            problems.append(f"{method}: {checkpoint}.pt holds no tensor storage (archive layout not understood)")
        elif sa.keys() != sb.keys():
            problems.append(f"{method}: {checkpoint}.pt has {len(sa)} vs {len(sb)} tensor storages")
        else:
            differing = [k for k in sa if sa[k] != sb[k]]
            if differing:
                problems.append(f"{method}: {checkpoint}.pt: {len(differing)} of {len(sa)} tensor storages differ")
    models = ["ensemble", "real", "syn"] if method.startswith("mkd") else ["single"]
    for model in models:
        pa = gzip.open(f"{work}/baseline/prediction-{method}-{model}.nii.gz").read()
        pb = gzip.open(f"{work}/candidate/prediction-{method}-{model}.nii.gz").read()
        checked += 1
        if pa != pb:
            problems.append(f"{method}: prediction ({model}) differs")

for p in problems:
    print("DIFFERENT:", p)
print(f"{checked} comparisons in {work}: " + ("all identical" if not problems else f"{len(problems)} differ"))
sys.exit(1 if problems else 0)
PY
