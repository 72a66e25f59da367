#!/usr/bin/env bash
# Set-up command 1: installs what is missing, builds in Release, creates the demo dataset when it is absent, and
# opens CrossSeg Studio with it. Without a display it runs the same pipeline headless (`crossseg demo`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${CROSSSEG_BUILD_DIR:-$root/build}"
demo="${CROSSSEG_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/crossseg/demo-data}"
if [ ! -f "$demo/.crossseg-demo-data" ]; then
  echo "run: creating the demo dataset in $demo"
  "$build/app/cli/crossseg" demo-data --out "$demo"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$build/app/studio/crossseg-studio" --dataset "$demo"
fi
echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset): running the pipeline headless with 'crossseg demo'"
exec "$build/app/cli/crossseg" demo --dataset "$demo" --out "${CROSSSEG_DEMO_RUN:-$root/out/demo-run}"
