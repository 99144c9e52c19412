#!/usr/bin/env bash
# Installs what is missing, builds, and prints the benchmarks at full size (default: 1,000,000
# members in 20,000 departments), each stage in its own process so that peak RSS is its own:
# the directory sync by department (user/list) and by page (user/list_id), the mappings view,
# the export, the start-up figures, and the store on SQLite and PostgreSQL. No figure is asserted.
#   scripts/bench.sh [--members N] [--departments D]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"
size=("$@")
[ ${#size[@]} -eq 0 ] && size=(--members 1000000 --departments 20000)
bench() { "$root/scripts/keyring-session.sh" "$root/build/tests/bench_mappings" "$@" "${size[@]}"; }
bench --stage sync
bench --stage sync --paged
bench --stage view
bench --stage export
"$root/scripts/keyring-session.sh" "$root/build/tests/bench_startup" "$root/build/app/authdesk"
# The store on SQLite and on a throw-away PostgreSQL, side by side (100,000 mappings).
"$root/scripts/postgres-session.sh" "$root/build/tests/bench_store" --members 100000
