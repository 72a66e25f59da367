#!/usr/bin/env bash
# Builds the Debian package (crossseg_<version>_amd64.deb, runtime dependencies filled in by dpkg-shlibdeps)
# into build/ (or $CROSSSEG_BUILD_DIR): /usr/bin/crossseg, /usr/bin/crossseg-studio, desktop entry and icon.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "${CROSSSEG_BUILD_DIR:-$root/build}"
cpack -G DEB
