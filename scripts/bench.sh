#!/usr/bin/env bash
# Installs what is missing, builds, and prints the mapping benchmarks at full size (100,000
# members in 2,000 departments), each stage in its own process so that peak RSS is its own.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"
for stage in sync view export; do
  "$root/scripts/keyring-session.sh" "$root/build/tests/bench_mappings" --stage "$stage" "$@"
done
