#!/bin/bash
# The systemd user units the package installs are valid: `systemd-analyze --user verify` on a copy
# whose ExecStart names the program just built (verify wants the program to exist, and the
# installed one does not here).
#   systemd-units.sh UNITS_DIR AUTHDESK_BINARY
set -euo pipefail
units=$1 binary=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
grep -qx "ExecStart=authdesk tenant check --all" "$units/authdesk-check.service" ||
  { echo "systemd-units: ExecStart is not \"authdesk tenant check --all\"" >&2; exit 1; }
sed "s|^ExecStart=authdesk |ExecStart=$binary |" "$units/authdesk-check.service" >"$dir/authdesk-check.service"
cp "$units/authdesk-check.timer" "$dir/"
mkdir -m 700 "$dir/runtime"
XDG_RUNTIME_DIR="$dir/runtime" systemd-analyze --user verify --man=no \
  "$dir/authdesk-check.service" "$dir/authdesk-check.timer"
echo "systemd units valid"
