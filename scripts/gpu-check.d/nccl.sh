#!/usr/bin/env bash
# Issue 11's GPU check, run by scripts/gpu-check.sh with CLI (the engine-only crossseg), OUT, DEVICE and ROOT set:
# a training under torchrun's variables with one rank, and a 2-process one (`--nproc 2`, one GPU each) when the
# machine has 2 GPUs. Each must finish; the 2-rank run must record NCCL. A world size of 1 is not distributed
# (DistributedEnvironment), so the 1-rank run checks the launcher path only, and NCCL refuses two ranks on one GPU:
# on a one-GPU machine the NCCL process group itself is checked by engine_cuda's ncclProcessGroupOfOneRank.
set -euo pipefail
[ "${DEVICE:-cuda}" != cpu ] || { echo "nccl: DEVICE=cpu, nothing to check"; exit 0; }
cache="$ROOT/out/gpu-check/cache"
gpus=$(nvidia-smi -L 2>/dev/null | grep -c '^GPU' || true)
echo "nccl: $gpus GPU(s)"

finished() { # finished RUN: the run's status says finished
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1]+"/status.json")); sys.exit(s["state"]!="finished")' "$1"
}

rm -rf "$OUT/nccl-1"
MASTER_ADDR=127.0.0.1 MASTER_PORT=29531 WORLD_SIZE=1 RANK=0 LOCAL_RANK=0 \
  "$CLI" train --dataset "$cache" --method mkd-iam --labeled-target 1 --profile smoke --seed 0 --device cuda \
  --distributed auto --out "$OUT/nccl-1" 2>&1 | tee "$OUT/nccl-1.log" | tail -3
finished "$OUT/nccl-1"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]+"/config.json")).get("distributed"); print("nccl: 1-rank run finished,", "distributed:", d or "no (one process)")' "$OUT/nccl-1"

if [ "$gpus" -ge 2 ]; then
  rm -rf "$OUT/nccl-2"
  "$CLI" train --dataset "$cache" --method mkd-iam --labeled-target 1 --profile smoke --seed 0 --device cuda \
    --nproc 2 --out "$OUT/nccl-2" 2>&1 | tee "$OUT/nccl-2.log" | tail -3
  finished "$OUT/nccl-2"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1]+"/config.json"))["distributed"]; print("nccl: 2-rank run", d); sys.exit(d["backend"]!="nccl")' "$OUT/nccl-2"
else
  echo "nccl: one GPU: the 2-process run is skipped"
fi
