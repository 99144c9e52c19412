#!/usr/bin/env bash
# Builds AuthDesk and its Debian package with CPack: build/authdesk_VERSION_amd64.deb (or in
# BUILD_DIR). Install it with: sudo apt install ./build/authdesk_*_amd64.deb
# Usage: scripts/package.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
"$root/scripts/install-deps.sh"
if [ "$build" = "$root/build" ]; then
  "$root/scripts/build.sh"
else
  cmake --build "$build" -j2
fi
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/authdesk_*_amd64.deb
