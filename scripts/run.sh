#!/usr/bin/env bash
# Installs what is missing, builds, and opens the AuthDesk console. Arguments go to authdesk
# (e.g. scripts/run.sh --demo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
exec "$root/build/app/authdesk" "$@"
