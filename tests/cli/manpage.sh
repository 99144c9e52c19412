#!/usr/bin/env bash
# The man page names every command of the usage (both come from the command registry), and man
# renders it without a warning. Usage: manpage.sh AUTHDESK_BINARY MAN_PAGE
set -euo pipefail
binary=$1 page=$2
fail() { echo "man page: $*" >&2; exit 1; }
commands=$("$binary" --help | sed -n 's/^  authdesk \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\{0,1\} .*/\1\2/p' | sort -u)
[ -n "$commands" ] || fail "no command in the usage"
while read -r command; do
  grep -qF ".B \"${command//-/\\-}" "$page" || fail "\"$command\" is not in $page"
done <<<"$commands"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || fail "man warns: $warnings"
echo "man page: $(wc -l <<<"$commands") commands, rendered without warnings"
