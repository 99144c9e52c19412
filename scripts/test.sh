#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite, two tests at a time, inside a
# private D-Bus session with an unlocked GNOME keyring and beside a throw-away PostgreSQL,
# QtWebEngine offscreen (the ordinary build, gcc, build/); then the tests of core, its flows and
# the sandbox and every fuzz seed in the instrumented build (clang with AddressSanitizer,
# LeakSanitizer, UBSan and libFuzzer coverage, build-instrumented/), then a smoke run of every
# libFuzzer harness from that same build. Ends with where the time went.
#   scripts/test.sh               everything
#   scripts/test.sh --sanitize    only the instrumented part (sanitized tests and fuzz smoke)
#   scripts/test.sh --no-sanitize only the ordinary suite
# Other arguments go to ctest (e.g. -R tst_wecomflow).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ordinary=1 instrumented=1
case "${1:-}" in
  --sanitize) ordinary=0; shift ;;
  --no-sanitize) instrumented=0; shift ;;
esac
logs="$root/build-logs"
mkdir -p "$logs"

# Each phase is timed and its verdict kept; a failed test phase does not stop the next one.
phases=() status=0 passed=0 failed=0
phase() {
  local name=$1 started=${EPOCHREALTIME/./} rc=0
  shift
  "$@" || rc=$?
  phases+=("$(printf '%-20s %5d s' "$name" $(((${EPOCHREALTIME/./} - started) / 1000000)))$([ "$rc" -eq 0 ] || echo "  FAILED ($rc)")")
  [ "$rc" -eq 0 ] || status=1
  return "$rc"
}
# ctest's own tally of a log: "N% tests passed, F tests failed out of T".
count() {
  local line
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1) || return 0
  local total=${line##* } failures
  failures=$(echo "$line" | sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/')
  passed=$((passed + total - failures)) failed=$((failed + failures))
}

install() (
  set -e
  "$root/scripts/install-deps.sh"
  # The real OpenID Provider, pinned by tests/oidc-provider/package-lock.json.
  op="$root/tests/oidc-provider"
  if ! cmp -s "$op/package-lock.json" "$op/node_modules/.authdesk-installed-lock" 2>/dev/null; then
    cd "$op"
    npm ci --no-audit --no-fund --loglevel=error
    cp "$op/package-lock.json" "$op/node_modules/.authdesk-installed-lock"
  fi
)
phase install install || { echo "test.sh: installing what the tests need failed" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
# Chromium refuses to run as root with its sandbox on; the pages loaded are our own sandbox's.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-background-networking --disable-component-update"

if [ "$ordinary" -eq 1 ]; then
  ordinary_tests() (
    cd "$root/build"
    "$root/scripts/keyring-session.sh" "$root/scripts/postgres-session.sh" \
      ctest -j2 --output-on-failure --timeout 300 "$@" 2>&1 | tee "$logs/ordinary.log"
    exit "${PIPESTATUS[0]}"
  )
  if phase "build" "$root/scripts/build.sh"; then
    phase "tests" ordinary_tests "$@" || true
    count "$logs/ordinary.log"
  fi
fi

if [ "$instrumented" -eq 1 ]; then
  # Leaks are reported unless their whole stack lies in a system library (tests/lsan.supp says
  # which and why); a leak rooted in app/ always fails the run.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0"
  export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  instrumented_tests() (
    cd "$root/build-instrumented"
    "$root/scripts/keyring-session.sh" \
      ctest -j2 -L instrumented --output-on-failure --timeout 300 "$@" 2>&1 | tee "$logs/instrumented.log"
    exit "${PIPESTATUS[0]}"
  )
  # A smoke run of each libFuzzer harness; campaigns are scripts/fuzz.sh SECONDS on its own.
  fuzz_smoke() (
    "$root/scripts/fuzz.sh" 5 | tee "$logs/fuzz.log"
    exit "${PIPESTATUS[0]}"
  )
  if phase "instrumented build" "$root/scripts/build.sh" --instrumented; then
    phase "instrumented tests" instrumented_tests "$@" || true
    count "$logs/instrumented.log"
    phase "fuzz smoke" fuzz_smoke || true
    fuzz_line=$(grep -E '^fuzz: [0-9]+ passed, [0-9]+ failed' "$logs/fuzz.log" || echo "fuzz: 0 passed, 1 failed")
    passed=$((passed + $(echo "$fuzz_line" | sed -E 's/fuzz: ([0-9]+) passed.*/\1/')))
    failed=$((failed + $(echo "$fuzz_line" | sed -E 's/.*passed, ([0-9]+) failed.*/\1/')))
  fi
fi

echo
echo "== where the time went =="
printf '%s\n' "${phases[@]}"
echo "slowest tests:"
cat "$logs"/ordinary.log "$logs"/instrumented.log 2>/dev/null |
  sed -nE 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: ([^ ]+) \.+.* ([0-9.]+) sec$/\2 \1/p' | sort -rn | head -5 |
  awk '{ printf "  %-28s %6.1f s\n", $2, $1 }'
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1 # a phase failed without a test to show it
echo "test.sh: $passed passed, $failed failed"
exit "$status"
