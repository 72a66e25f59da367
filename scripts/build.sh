#!/usr/bin/env bash
# Configures and builds CrossSeg in Release into build/ (or $CROSSSEG_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CROSSSEG_BUILD_DIR:-$root/build}"
jobs="${CROSSSEG_JOBS:-$(nproc)}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$build" -j "$jobs"
