#!/usr/bin/env bash
# Fails when a user-visible string in app/ has no finished zh_CN translation: lupdate is run on a
# copy of the .ts file, so strings added to the code without updating translations are caught too.
# Usage: check-translations.sh LUPDATE (the build passes Qt's lupdate).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:?usage: check-translations.sh LUPDATE}
copy=$(mktemp --suffix=.ts)
trap 'rm -f "$copy"' EXIT
cp "$root/translations/authdesk_zh_CN.ts" "$copy"
(cd "$root" && "$lupdate" -silent -locations none app -ts "$copy")
total=$(grep -c '<source>' "$copy")
unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
echo "zh_CN: $total strings, $unfinished unfinished"
if [ "$unfinished" -gt 0 ]; then
  grep -B2 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^/  untranslated: /'
  exit 1
fi
