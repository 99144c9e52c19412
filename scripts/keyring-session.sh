#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME keyring and a throw-away
# HOME and XDG directories, so tests use the real Secret Service without touching the user's own.
# Usage: scripts/keyring-session.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${AUTHDESK_IN_KEYRING_SESSION:-}" ]; then
  scratch=$(mktemp -d /tmp/authdesk-session.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/home" "$scratch/runtime"
  chmod 700 "$scratch/runtime"
  export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
         XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
         AUTHDESK_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
# Inside the session: start the keyring daemon unlocked with a throw-away password.
eval "$(printf 'authdesk-test\n' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
