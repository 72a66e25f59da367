#!/usr/bin/env bash
# For GPU servers without Debian's -dev packages: unpacks the header-only dependencies (nlohmann-json, CLI11) from
# Debian packages into third_party/include (git-ignored), to be copied along with the working tree.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download nlohmann-json3-dev libcli11-dev
for deb in *.deb; do dpkg -x "$deb" unpacked; done
mkdir -p "$root/third_party/include"
cp -r unpacked/usr/include/nlohmann unpacked/usr/include/CLI "$root/third_party/include/"
echo "headers in $root/third_party/include"
