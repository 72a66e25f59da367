#!/usr/bin/env bash
# Installs the Debian 12 packages CrossSeg needs to build, test and run (only what is missing).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config file
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev qt6-qpa-plugins qt6-charts-dev
  libvtk9-dev libinsighttoolkit5-dev libtorch-dev libgloo-dev libopenblas0-pthread
  libspdlog-dev nlohmann-json3-dev libcli11-dev
  xvfb xauth xfonts-base libgl1-mesa-dri libglx-mesa0 libegl-mesa0 libgl-dev libegl-dev
  dpkg-dev fakeroot python3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
