#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest inside a private
# D-Bus session with an unlocked GNOME keyring, QtWebEngine offscreen.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
# Chromium refuses to run as root with its sandbox on; the pages loaded are our own sandbox's.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-background-networking --disable-component-update"
cd "$root/build"
exec "$root/scripts/keyring-session.sh" ctest --output-on-failure --timeout 300 "$@"
