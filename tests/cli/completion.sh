#!/usr/bin/env bash
# Bash completion of authdesk(1) against the real binary: verbs, tenant names (with a space) and
# the modes of the tenant's provider. Usage: completion.sh AUTHDESK_BINARY COMPLETION_FILE
set -euo pipefail
binary=$1 completion=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
mkdir -p "$home/bin" && ln -s "$binary" "$home/bin/authdesk"
export PATH="$home/bin:$PATH"
echo 'TestSecretForCompletion' | authdesk tenant add "acme co" --provider wecom --corp-id ww0123456789abcdef \
  --agent-id 1000002 --redirect-uri https://app.example.com/cb --secret-stdin >/dev/null
set +eu # bash-completion is not written for -e or -u
source /usr/share/bash-completion/bash_completion
source "$completion"
complete_line() { # what bash offers for the words given, the last one being completed
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=(); _authdesk; printf '%s\n' "${COMPREPLY[@]}"
}
fail() { echo "completion: $*" >&2; exit 1; }
got=$(complete_line authdesk ten); [ "$got" = tenant ] || fail "verb: '$got'"
got=$(complete_line authdesk tenant rem); [ "$got" = remove ] || fail "sub-verb: '$got'"
got=$(complete_line authdesk tenant ren); [ "$got" = rename ] || fail "sub-verb: '$got'"
got=$(complete_line authdesk authorize ac); [ "$got" = 'acme\ co' ] || fail "tenant name: '$got'"
got=$(complete_line authdesk authorize "acme co" --mode "" | sort | tr '\n' ' '); [ "$got" = "oauth qrconnect wwlogin " ] || fail "modes: '$got'"
got=$(complete_line authdesk tenant add x --prov | tr '\n' ' '); [ "$got" = "--provider --provider-corp-id --provider-secret-stdin " ] || fail "option: '$got'"
got=$(complete_line authdesk tenant add x --provider "" | tr '\n' ' ')
[ "$got" = "dingtalk feishu oidc qince qiqi wecom wecom_suite " ] || fail "providers: '$got'"
got=$(complete_line authdesk runs export r --format "" | tr '\n' ' '); [ "$got" = "har html " ] || fail "formats: '$got'"
got=$(complete_line authdesk tenant remove "acme co" --k); [ "$got" = --keep-mappings ] || fail "flag: '$got'"
cd "$home" && touch export-target.csv
got=$(complete_line authdesk mappings export --output export-t); [ "$got" = export-target.csv ] || fail "file: '$got'"
# Every verb of the usage completes: the completion reads the same registry.
for verb in $(authdesk --help | sed -n 's/^  authdesk \([a-z][a-z-]*\) .*/\1/p' | sort -u); do
  got=$(complete_line authdesk "$verb"); [ "$got" = "$verb" ] || fail "verb $verb: '$got'"
done
echo "completion: verbs, options, their values, files, tenant names and modes complete"
