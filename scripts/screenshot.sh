#!/usr/bin/env bash
# Builds, then saves a screenshot of the console after a completed demo wwlogin run (the README's
# picture), rendered by a real X server (Xvfb). Usage: scripts/screenshot.sh [OUT.png]
# AUTHDESK_SCREENSHOT_TENANT, _USER and _TAB (0 timeline, 1 identity, 3 history) pick another run
# to show; AUTHDESK_SCREENSHOT_EARLIER_USERS=lisi,guest runs those first (a history to show);
# AUTHDESK_SCREENSHOT_WAITING=1 shows the run under way (its live header) instead of its end;
# AUTHDESK_SCREENSHOT_PAGE=1 shows the Mappings page instead; AUTHDESK_SCREENSHOT_EXCHANGE=N with
# _TAB=2 shows exchange N's request and response.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/resources/screenshot-console.png}")
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export AUTHDESK_SCREENSHOT="$out" AUTHDESK_SCREENSHOT_TAB="${AUTHDESK_SCREENSHOT_TAB:-1}" LANG="${LANG:-en_US.UTF-8}"
"$root/scripts/keyring-session.sh" xvfb-run -a -s "-screen 0 1500x950x24" \
  "$root/build/tests/tst_authbrowser" completedDemoRunForScreenshot
echo "screenshot: $out"
