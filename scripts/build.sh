#!/usr/bin/env bash
# Configures and builds AuthDesk (used by run.sh, test.sh, package.sh and fuzz.sh).
#   scripts/build.sh                            the ordinary build (gcc) in build/
#   scripts/build.sh --instrumented [TARGET...] the instrumented build (clang: ASan, LSan, UBSan,
#                                               libFuzzer coverage) in build-instrumented/; by
#                                               default its tests and harnesses (target instrumented)
# ccache (when installed) keys on paths below the checkout, so another clone of the same sources
# on this machine rebuilds nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
if [ "${1:-}" = --instrumented ]; then
  shift
  targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=(instrumented)
  CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-instrumented" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAUTHDESK_INSTRUMENTED=ON >/dev/null
  cmake --build "$root/build-instrumented" -j2 --target "${targets[@]}"
else
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$root/build" -j2
fi
