#!/usr/bin/env bash
# Issue 12's guard: the refactoring of the engine must not change a single number. Runs the same fixed-seed smoke
# trainings (and predictions) with two crossseg binaries and compares them byte for byte:
#   - metrics.jsonl, line by line, without the timing field (seconds_per_iteration);
#   - every entry of checkpoints/latest.pt and best.pt: weights, BatchNorm statistics, Adam states and steps, the
#     generator state, iteration and best Dice (the configuration text holds paths and is left out; Adam's state,
#     which LibTorch 1.13 keys by parameter addresses, is matched by parameter position);
#   - the predicted label volumes of one test case, for every model of the run (decompressed voxels + header).
#
#   scripts/check-smoke-identical.sh BASELINE_BIN NEW_BIN [DATASET] [WORK_DIR]
#   (DATASET: default /work/baseline/demo-data; METHODS="mkd-iam target-only" by default;
#    CANDIDATE_PROFILE: the new binary's profile, default smoke. Since the named profiles switched to the sub-pixel
#    up-sampling and channels-last (issue 10), the refactoring is checked against an older binary with
#    CANDIDATE_PROFILE=scripts/smoke-original-numerics.json: smoke with the original layer and memory format.)
# Each binary gets its own XDG cache and data folders, so neither reuses the other's slice cache or trained IAM.
# Exit status 0 when everything is identical, 1 when something differs (named), 2 for bad arguments.
set -euo pipefail

BASELINE=${1:-}
CANDIDATE=${2:-}
DATASET=${3:-/work/baseline/demo-data}
WORK=${4:-$(mktemp -d /tmp/crossseg-smoke-identical.XXXXXX)}
METHODS=${METHODS:-"mkd-iam target-only"}
CANDIDATE_PROFILE=${CANDIDATE_PROFILE:-smoke}
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

run_side() { # run_side BIN SIDE PROFILE
    local bin=$1 side=$2 profile=$3
    mkdir -p "$WORK/$side"
    for method in $METHODS; do
        echo "[$side] train $method" >&2
        XDG_CACHE_HOME="$WORK/$side/xdg-cache" XDG_DATA_HOME="$WORK/$side/xdg-data" \
            "$bin" --quiet train --dataset "$DATASET" --method "$method" --labeled-target 1 --profile "$profile" \
            --seed 0 --out "$WORK/$side/run-$method"
        for model in $(models_of "$method"); do
            XDG_CACHE_HOME="$WORK/$side/xdg-cache" XDG_DATA_HOME="$WORK/$side/xdg-data" \
                "$bin" --quiet predict --run "$WORK/$side/run-$method" --input "$TEST_IMAGE" --model "$model" \
                --out "$WORK/$side/prediction-$method-$model.nii.gz"
        done
    done
}

run_side "$BASELINE" baseline smoke
run_side "$CANDIDATE" candidate "$CANDIDATE_PROFILE"

python3 - "$WORK" "$METHODS" <<'PY'
import gzip, json, sys
import pickle, re, zipfile

class _Stub:
    def __init__(self, *args, **kwargs):
        self.state = None
    def __setstate__(self, state):
        self.state = state

def _rebuild_tensor(storage, offset, size, stride, *rest):
    return ("tensor", storage, offset, tuple(size), tuple(stride))

class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if name.startswith("_rebuild_tensor"):
            return _rebuild_tensor
        return type(name, (_Stub,), {})
    def persistent_load(self, pid):
        return ("storage", pid[2])  # ('storage', type, key, location, numel)

ADDRESS = re.compile(r"0x[0-9a-f]+")

def leaves(path, skip=("config",)):
    """Every value of a LibTorch archive by dotted name: tensors as (storage bytes, offset, shape, stride), other
    values as they are. LibTorch 1.13 keys Adam's state by parameter addresses (different in every process): those
    are replaced by the parameter's position in its group."""
    archive = zipfile.ZipFile(path)
    prefix = archive.namelist()[0].split("/")[0]
    root = _Unpickler(archive.open(prefix + "/data.pkl")).load()
    out = {}
    def walk(node, name):
        if isinstance(node, _Stub):
            walk(node.state, name)
        elif isinstance(node, tuple) and node and node[0] == "tensor":
            out[name] = (archive.read(f"{prefix}/data/{node[1][1]}"), node[2], node[3], node[4])
        elif isinstance(node, dict):
            for k, v in node.items():
                if k not in skip:
                    walk(v, f"{name}.{k}" if name else str(k))
        else:
            out[name] = node
    walk(root, "")
    positions = {}
    for name, value in out.items():
        match = re.match(r"(.*)\.param_groups\.param_groups/(\d+)\.params/(\d+)$", name)
        if match and isinstance(value, str):
            positions[(match.group(1), value)] = f"group{match.group(2)}.param{match.group(3)}"
    canonical = {}
    for name, value in out.items():
        optimizer = name.split(".state.")[0] if ".state." in name else None
        if optimizer:
            name = ADDRESS.sub(lambda m: positions.get((optimizer, m.group(0)), m.group(0)), name)
        if isinstance(value, str) and ADDRESS.fullmatch(value):
            value = positions.get((name.split(".param_groups.")[0], value), value)
        canonical[name] = value
    return canonical


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

for method in methods:
    a, b = f"{work}/baseline/run-{method}", f"{work}/candidate/run-{method}"
    ma, mb = metrics(f"{a}/metrics.jsonl"), metrics(f"{b}/metrics.jsonl")
    checked += 1
    if ma != mb:
        first = next((i for i, (x, y) in enumerate(zip(ma, mb)) if x != y), min(len(ma), len(mb)))
        problems.append(f"{method}: metrics.jsonl differs from line {first + 1} ({len(ma)} vs {len(mb)} lines)")
    for checkpoint in ("latest", "best"):
        la, lb = leaves(f"{a}/checkpoints/{checkpoint}.pt"), leaves(f"{b}/checkpoints/{checkpoint}.pt")
        tensors = sum(1 for v in la.values() if isinstance(v, tuple))
        checked += 1
        if tensors == 0:
            problems.append(f"{method}: {checkpoint}.pt holds no tensor (archive layout not understood)")
        elif la.keys() != lb.keys():
            problems.append(f"{method}: {checkpoint}.pt: entries differ: "
                            f"{sorted(set(la) ^ set(lb))[:5]}")
        else:
            differing = [k for k in la if la[k] != lb[k]]
            if differing:
                problems.append(f"{method}: {checkpoint}.pt: {len(differing)} of {len(la)} entries differ, "
                                f"e.g. {differing[:3]}")
        print(f"{method} {checkpoint}.pt: {len(la)} entries ({tensors} tensors) compared")
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
