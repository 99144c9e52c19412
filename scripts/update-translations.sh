#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (run after changing user-visible strings), then
# translate the new zh_CN entries: the test suite fails while any is unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cd "$root"
/usr/lib/qt6/bin/lupdate -locations none -no-obsolete app -ts translations/authdesk_zh_CN.ts
/usr/lib/qt6/bin/lupdate -locations none -no-obsolete -pluralonly app -ts translations/authdesk_en.ts
