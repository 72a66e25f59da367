#!/usr/bin/env bash
# Set-up command 2: installs what is missing, builds, and runs the whole test suite (CTest) under a virtual X
# display, because the rendering and widget tests need OpenGL.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build="${CROSSSEG_BUILD_DIR:-$root/build}"
cd "$build"
xvfb-run -a -s "-screen 0 1280x1024x24" ctest --output-on-failure --timeout 900 "$@"
