#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest inside a private
# D-Bus session with an unlocked GNOME keyring, QtWebEngine offscreen; then builds the core and
# flow tests with AddressSanitizer, LeakSanitizer and UBSan (build-sanitize/) and runs them; then
# runs every libFuzzer harness for a few seconds on its seeds (scripts/fuzz.sh, build-fuzz/).
#   scripts/test.sh               everything
#   scripts/test.sh --sanitize    only the sanitized core and flow tests and the fuzz smoke run
#   scripts/test.sh --no-sanitize only the ordinary suite
# Other arguments go to ctest (e.g. -R tst_wecomflow).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ordinary=1 sanitized=1
case "${1:-}" in
  --sanitize) ordinary=0; shift ;;
  --no-sanitize) sanitized=0; shift ;;
esac
"$root/scripts/install-deps.sh"
export QT_QPA_PLATFORM=offscreen
# Chromium refuses to run as root with its sandbox on; the pages loaded are our own sandbox's.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-background-networking --disable-component-update"

# The real OpenID Provider, pinned by tests/oidc-provider/package-lock.json.
op="$root/tests/oidc-provider"
if ! cmp -s "$op/package-lock.json" "$op/node_modules/.authdesk-installed-lock" 2>/dev/null; then
  (cd "$op" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$op/package-lock.json" "$op/node_modules/.authdesk-installed-lock"
fi

status=0
if [ "$ordinary" -eq 1 ]; then
  "$root/scripts/build.sh"
  (cd "$root/build" && "$root/scripts/keyring-session.sh" "$root/scripts/postgres-session.sh" \
     ctest --output-on-failure --timeout 300 "$@") || status=$?
fi

if [ "$sanitized" -eq 1 ]; then
  # The tests of app/core and its flows (no browser: Chromium does not run under ASan), and the
  # fuzz harnesses' seed replays.
  fuzz_harnesses=($(sed -n 's/^set(AUTHDESK_FUZZ_HARNESSES \(.*\))$/\1/p' "$root/tests/fuzz/CMakeLists.txt"))
  sanitized_tests=(tst_urlrules tst_redactor tst_tenantstore tst_sigv4 tst_pacer tst_mappings tst_wecomflow tst_qinceflow
                   tst_qiqiflow tst_feishuflow tst_dingtalkflow tst_oidcflow tst_directorysync tst_runlifecycle tst_keychain tst_sandbox
                   "${fuzz_harnesses[@]/#/fuzz_}")
  cmake -S "$root" -B "$root/build-sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUTHDESK_SANITIZE=ON >/dev/null
  cmake --build "$root/build-sanitize" -j2 --target "${sanitized_tests[@]}"
  # Leaks are reported unless their whole stack lies in a system library (tests/lsan.supp says
  # which and why); a leak rooted in app/ always fails the run.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0"
  export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  pattern="^($(IFS='|'; echo "${sanitized_tests[*]}"))(_seeds)?$"
  (cd "$root/build-sanitize" && "$root/scripts/keyring-session.sh" ctest --output-on-failure --timeout 300 -R "$pattern" "$@") \
    || status=$?
  # A smoke run of each libFuzzer harness; campaigns are scripts/fuzz.sh SECONDS on its own.
  "$root/scripts/fuzz.sh" 5 || status=$?
fi
exit "$status"
